package dev.bridgehead.web.staff;

import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A staff decision with its note (verification) or reason (rejection), and the version of what was decided on when the form carries it. */
@Serdeable
public record DecisionForm(@Nullable String csrfToken, @Nullable String decision, @Nullable String note, @Nullable String reason,
                           @Nullable Integer version) implements CsrfForm {
}
