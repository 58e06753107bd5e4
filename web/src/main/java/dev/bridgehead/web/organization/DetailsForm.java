package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The organisation details form. */
@Serdeable
public record DetailsForm(
        @Nullable String csrfToken,
        @Nullable String name,
        @Nullable String nameZh,
        @Nullable String jurisdiction,
        @Nullable List<String> sectors,
        @Nullable String website,
        @Nullable String size,
        @Nullable String description,
        @Nullable String descriptionZh,
        @Nullable String registryId,
        @Nullable String registrationArea,
        @Nullable Integer version) implements CsrfForm {

    /** The form as its members last typed it: a change waiting for staff shows its new values. */
    static DetailsForm of(Organization stored) {
        Organization o = stored.asItsMembersSeeIt();
        return new DetailsForm(null, o.name(), o.nameZh(), o.jurisdiction().name(), o.sectors().stream().map(Enum::name).toList(), o.website(),
                o.size() == null ? null : o.size().name(), o.description(), o.descriptionZh(), o.registryId(),
                o.registrationArea() == null ? null : o.registrationArea().name(), o.version());
    }

    DetailsForm atVersion(Integer current) {
        return new DetailsForm(null, name, nameZh, jurisdiction, sectors, website, size, description, descriptionZh, registryId, registrationArea,
                current);
    }

    OrganizationDetails details() {
        return new OrganizationDetails(name, nameZh, jurisdiction, sectors == null ? List.of() : sectors, website, description, descriptionZh, size,
                registryId, registrationArea, version);
    }
}
