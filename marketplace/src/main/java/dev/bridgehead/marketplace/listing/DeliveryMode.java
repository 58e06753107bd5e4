package dev.bridgehead.marketplace.listing;

/** How a listing is delivered. Codes are part of the API. */
public enum DeliveryMode {
    API,
    FILE,
    STREAM,
    PRIVACY_COMPUTING,
    ON_PREMISE,
    CONSULTING
}
