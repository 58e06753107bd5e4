package dev.bridgehead.marketplace.listing;

/** How a listing is paid for. Codes are part of the API. */
public enum PriceModel {
    FREE,
    SUBSCRIPTION,
    PER_USE,
    ONE_OFF,
    NEGOTIABLE
}
