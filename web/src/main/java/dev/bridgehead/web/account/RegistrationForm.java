package dev.bridgehead.web.account;

import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What the registration page posts: the organisation and its first member, flat. */
@Serdeable
public record RegistrationForm(
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
        @Nullable String displayName,
        @Nullable String email,
        @Nullable String password) implements CsrfForm {

    static RegistrationForm empty() {
        return new RegistrationForm(null, null, null, null, List.of(), null, null, null, null, null, null, null, null, null);
    }

    Registration registration() {
        return new Registration(new OrganizationDetails(name, nameZh, jurisdiction, sectors == null ? List.of() : sectors, website, description,
                descriptionZh, size, registryId, registrationArea, null), new Registration.NewUser(email, password, displayName));
    }

    /** The service names fields organization.name and user.email; the form just name and email. */
    static String fieldOf(String serviceField) {
        return serviceField.replaceFirst("^(organization|user)\\.", "");
    }
}
