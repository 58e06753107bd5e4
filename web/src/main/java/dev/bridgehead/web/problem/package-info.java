/**
 * Every error a caller can cause, answered once: {@code application/problem+json} for the API
 * (with the fields for bad input), a translated error page for browsers, never a stack trace.
 */
package dev.bridgehead.web.problem;
