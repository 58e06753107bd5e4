package dev.bridgehead.marketplace.compliance;

import dev.bridgehead.marketplace.organization.Jurisdiction;
import java.util.List;

/** Which way data flows across the border. Codes are part of the API. */
public enum Direction {
    CN_TO_SG,
    SG_TO_CN,
    /** Both ways: for needs and scenarios; a listing names each direction it supports instead. */
    BOTH;

    /** The one-way directions this stands for. */
    public List<Direction> oneWay() {
        return this == BOTH ? List.of(CN_TO_SG, SG_TO_CN) : List.of(this);
    }

    /** Where the data leaves from; only for a one-way direction. */
    public Jurisdiction from() {
        return switch (this) {
            case CN_TO_SG -> Jurisdiction.CN;
            case SG_TO_CN -> Jurisdiction.SG;
            case BOTH -> throw new IllegalStateException("BOTH has no single origin");
        };
    }

    /** Where the data goes to; only for a one-way direction. */
    public Jurisdiction to() {
        return switch (this) {
            case CN_TO_SG -> Jurisdiction.SG;
            case SG_TO_CN -> Jurisdiction.CN;
            case BOTH -> throw new IllegalStateException("BOTH has no single destination");
        };
    }

    /** Whether a flow this way can run between an exporter and an importer of these jurisdictions. */
    public boolean fits(Jurisdiction exporter, Jurisdiction importer) {
        if (this == BOTH) {
            return CN_TO_SG.fits(exporter, importer) || SG_TO_CN.fits(exporter, importer);
        }
        return from() == exporter && to() == importer;
    }
}
