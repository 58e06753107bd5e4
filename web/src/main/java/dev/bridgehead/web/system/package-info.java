/** What every response shares and what operators and integrators read: security headers, the OpenAPI document. */
package dev.bridgehead.web.system;
