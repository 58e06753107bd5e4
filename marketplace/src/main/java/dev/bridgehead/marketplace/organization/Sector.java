package dev.bridgehead.marketplace.organization;

/** The park's sectors; the codes are part of the API. */
public enum Sector {
    INTELLIGENT_CONNECTED_VEHICLES,
    BIOMEDICINE,
    INTERNATIONAL_SHIPPING,
    COMMERCIAL_AVIATION,
    CROSS_BORDER_ECOMMERCE,
    FINANCE,
    DIGITAL_TRADE,
    CLOUD_AND_DATA_CENTRES,
    ARTIFICIAL_INTELLIGENCE,
    COMPLIANCE_SERVICES,
    OTHER
}
