package dev.bridgehead.marketplace.listing;

/** Where a listing is in its life cycle. Codes are part of the API. */
public enum ListingStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    UNPUBLISHED,
    REJECTED
}
