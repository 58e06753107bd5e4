package dev.bridgehead.marketplace.compliance;

/** Which way data flows across the border. Codes are part of the API. */
public enum Direction {
    CN_TO_SG,
    SG_TO_CN,
    /** Both ways: for needs and scenarios; a listing names each direction it supports instead. */
    BOTH
}
