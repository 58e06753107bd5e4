/** Listing pages: the public catalogue and listing page, and a provider's own listings with their forms, life cycle and history. */
package dev.bridgehead.web.listing;
