/**
 * Realistic bilingual marketplace data from a fixed seed, for benchmarks: plain records with codes
 * as strings, so this module stays free of the application; the web module loads them through the
 * application's own services (the same write path as users).
 */
package dev.bridgehead.infra.generator;
