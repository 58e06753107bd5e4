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
        @Nullable String registryId,
        @Nullable String registrationArea,
        @Nullable Integer version) {

    /**
     * Checks every field under {@code prefix} (e.g. {@code organization.}) into {@code check}; returns the parsed values.
     *
     * @param current the organisation as stored, for an update: a registry ID or area left out keeps its value; null for a new one,
     *                which must give both (the area only in China)
     */
    Parsed check(InputCheck check, String prefix, @Nullable Organization current) {
        check.required(prefix + "name", name).line(prefix + "name", name, 200)
                .line(prefix + "nameZh", nameZh, 200)
                .required(prefix + "jurisdiction", jurisdiction)
                .required(prefix + "sectors", sectors).maxItems(prefix + "sectors", sectors, Sector.values().length)
                .webAddress(prefix + "website", website)
                .maxLength(prefix + "description", description, 5000)
                .maxLength(prefix + "descriptionZh", descriptionZh, 5000);
        Jurisdiction parsedJurisdiction = check.code(prefix + "jurisdiction", jurisdiction, Jurisdiction.class);
        List<Sector> parsedSectors = check.codes(prefix + "sectors", sectors, Sector.class);
        OrganizationSize parsedSize = check.code(prefix + "size", size, OrganizationSize.class);
        String parsedRegistryId = registryId(check, prefix + "registryId", parsedJurisdiction, current);
        RegistrationArea parsedArea = registrationArea(check, prefix + "registrationArea", parsedJurisdiction, current);
        return new Parsed(InputCheck.clean(name), InputCheck.clean(nameZh), parsedJurisdiction, parsedSectors, InputCheck.clean(website), InputCheck.clean(description), InputCheck.clean(descriptionZh),
                parsedSize, parsedRegistryId, parsedArea);
    }

    private String registryId(InputCheck check, String field, Jurisdiction parsedJurisdiction, Organization current) {
        String typed = InputCheck.clean(registryId);
        if (typed == null && current != null) {
            return current.asItsMembersSeeIt().registryId();
        }
        check.required(field, typed).maxLength(field, typed, 40);
        if (typed == null || typed.length() > 40 || parsedJurisdiction == null) {
            return typed;
        }
        String normalised = RegistryIds.normalised(typed);
        RegistryIds.problem(parsedJurisdiction, normalised).ifPresent(problem -> check.add(field, problem.code(), problem.message()));
        return normalised;
    }

    private RegistrationArea registrationArea(InputCheck check, String field, Jurisdiction parsedJurisdiction, Organization current) {
        RegistrationArea parsed = check.code(field, registrationArea, RegistrationArea.class);
        if (parsed == null && InputCheck.clean(registrationArea) == null && current != null && parsedJurisdiction == current.jurisdiction()) {
            parsed = current.asItsMembersSeeIt().registrationArea();
        }
        if (parsedJurisdiction == Jurisdiction.CN) {
            check.that(parsed != null || InputCheck.clean(registrationArea) != null, field, "required",
                    "is required for a Chinese organisation: LINGANG, SHANGHAI_FTZ, SHANGHAI or CN_OTHER");
        } else if (parsedJurisdiction != null) {
            check.that(InputCheck.clean(registrationArea) == null, field, "no-area", "only Chinese organisations have a registration area");
            parsed = null;
        }
        return parsed;
    }

    record Parsed(String name, String nameZh, Jurisdiction jurisdiction, List<Sector> sectors, String website, String description,
                  String descriptionZh, OrganizationSize size, String registryId, RegistrationArea registrationArea) {

        IdentityChange identity() {
            return new IdentityChange(name, nameZh, jurisdiction, registryId, registrationArea, null, null);
        }
    }
}
