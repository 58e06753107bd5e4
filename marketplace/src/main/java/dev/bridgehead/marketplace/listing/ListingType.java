package dev.bridgehead.marketplace.listing;

/** What a listing offers. Codes are part of the API. */
public enum ListingType {
    DATA_PRODUCT,
    DATA_SERVICE,
    INFRASTRUCTURE
}
