/**
 * The integration-test stack: one real MariaDB and one real Elasticsearch for the whole Maven
 * build, started by the first integration-test JVM that needs them, shared by every module's
 * integration tests, and stopped when the build's Maven process ends.
 */
package dev.bridgehead.infra.testing;
