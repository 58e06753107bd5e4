package dev.bridgehead.marketplace.organization;

import java.util.Locale;

/** The two lists of a compliance profile; the lower-case names are path segments of the API. */
public enum EntryKind {
    MECHANISMS,
    CERTIFICATIONS;

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
