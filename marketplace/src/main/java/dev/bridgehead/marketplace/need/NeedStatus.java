package dev.bridgehead.marketplace.need;

/** Whether a need is still looked for. Codes are part of the API. */
public enum NeedStatus {
    OPEN,
    CLOSED
}
