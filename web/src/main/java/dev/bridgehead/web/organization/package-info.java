/** Organisation pages: "my organisation" (details, compliance profile, members) and the public page of a verified organisation. */
package dev.bridgehead.web.organization;
