package dev.bridgehead.web.account;

import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.OrganizationSize;
import dev.bridgehead.marketplace.organization.RegistrationArea;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** The registration page: the form as typed so far and its errors. */
public record RegistrationPage(PageContext context, RegistrationForm form, FormErrors errors) {

    public List<Option> jurisdictions() {
        return Option.of(Jurisdiction.class, "jurisdiction", context, form.jurisdiction());
    }

    public List<Option> sectors() {
        return Option.of(Sector.class, "sector", context, form.sectors());
    }

    public List<Option> registrationAreas() {
        return Option.of(RegistrationArea.class, "registrationArea", context, form.registrationArea());
    }

    public List<Option> sizes() {
        return Option.of(OrganizationSize.class, "size", context, form.size());
    }
}
