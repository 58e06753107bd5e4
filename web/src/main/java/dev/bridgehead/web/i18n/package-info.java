/**
 * English and Simplified Chinese: which language a request gets (a sticky choice, else the
 * browser's {@code Accept-Language}), and the message bundles every visible string comes from.
 */
package dev.bridgehead.web.i18n;
