/** Organisations: the firms on either side of the border, their sectors and their verification by park staff. */
package dev.bridgehead.marketplace.organization;
