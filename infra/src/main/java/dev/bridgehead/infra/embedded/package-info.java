/**
 * The embedded default stack: a real MariaDB server and a real Elasticsearch node, both fetched
 * from Maven Central by the build, started on free loopback ports with their data under one
 * directory the user can see and delete, and stopped (or reaped on the next start) with the
 * application.
 */
package dev.bridgehead.infra.embedded;
