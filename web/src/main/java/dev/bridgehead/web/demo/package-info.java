/**
 * The demo marketplace the embedded default loads once: bilingual firms on both sides of the
 * border, their compliance profiles, listings and the park's scenarios, generated with a fixed
 * seed from the building blocks in {@code demo/catalogue.json}, through the same services as real
 * input.
 */
package dev.bridgehead.web.demo;
