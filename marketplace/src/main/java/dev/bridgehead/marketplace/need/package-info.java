/** Needs: what organisations look for across the border, the seeker's side of matching. */
package dev.bridgehead.marketplace.need;
