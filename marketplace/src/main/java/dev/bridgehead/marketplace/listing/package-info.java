/**
 * Listings: the data products, data services and infrastructure offers organisations publish,
 * their life cycle (draft → submitted → published ↔ unpublished, or rejected with a reason) and
 * the history of every change.
 */
package dev.bridgehead.marketplace.listing;
