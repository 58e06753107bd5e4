/**
 * Evidence documents on the pages: the upload form of a member's organisation, and the file
 * handling the page and the API share ({@link dev.bridgehead.web.evidence.EvidenceFiles}).
 */
package dev.bridgehead.web.evidence;
