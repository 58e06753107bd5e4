package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.failure.InputCheck;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a firm says about itself, as typed: codes are still strings so that an unknown one is a
 * field error rather than a parse failure.
 */
@Serdeable
public record OrganizationDetails(
        @Nullable String name,
        @Nullable String nameZh,
        @Nullable String jurisdiction,
        @Nullable List<String> sectors,
        @Nullable String website,
        @Nullable String description,
        @Nullable String descriptionZh,
        @Nullable String size,
        @Nullable Integer version) {

    /** Checks every field under {@code prefix} (e.g. {@code organization.}) into {@code check}; returns the parsed values. */
    Parsed check(InputCheck check, String prefix) {
        check.required(prefix + "name", name).maxLength(prefix + "name", name, 200)
                .maxLength(prefix + "nameZh", nameZh, 200)
                .required(prefix + "jurisdiction", jurisdiction)
                .required(prefix + "sectors", sectors).maxItems(prefix + "sectors", sectors, Sector.values().length)
                .webAddress(prefix + "website", website)
                .maxLength(prefix + "description", description, 5000)
                .maxLength(prefix + "descriptionZh", descriptionZh, 5000);
        Jurisdiction parsedJurisdiction = check.code(prefix + "jurisdiction", jurisdiction, Jurisdiction.class);
        List<Sector> parsedSectors = check.codes(prefix + "sectors", sectors, Sector.class);
        OrganizationSize parsedSize = check.code(prefix + "size", size, OrganizationSize.class);
        return new Parsed(InputCheck.clean(name), InputCheck.clean(nameZh), parsedJurisdiction, parsedSectors, InputCheck.clean(website), InputCheck.clean(description), InputCheck.clean(descriptionZh),
                parsedSize);
    }

    record Parsed(String name, String nameZh, Jurisdiction jurisdiction, List<Sector> sectors, String website, String description,
                  String descriptionZh, OrganizationSize size) {
    }
}
