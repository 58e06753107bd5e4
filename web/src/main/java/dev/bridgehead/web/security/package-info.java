/**
 * Signing in and who is acting: the sign-in page (a signed cookie for browsers), API tokens for
 * platforms, the CSRF token every form carries, and the mapping of a signed-in person to the
 * {@code Actor} the marketplace services check.
 */
package dev.bridgehead.web.security;
