package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A colleague to add to the organisation, with the password they will sign in with first. */
@Serdeable
public record MemberForm(@Nullable String csrfToken, @Nullable String displayName, @Nullable String email, @Nullable String password)
        implements CsrfForm {

    static MemberForm empty() {
        return new MemberForm(null, null, null, null);
    }

    Registration.NewUser user() {
        return new Registration.NewUser(email, password, displayName);
    }
}
