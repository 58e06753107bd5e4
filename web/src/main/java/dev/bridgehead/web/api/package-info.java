/**
 * The JSON API v1 (API.md): thin controllers over the marketplace services, with views that
 * spell ids as strings and codes as in COMPLIANCE.md, and problem documents for every error.
 */
package dev.bridgehead.web.api;
