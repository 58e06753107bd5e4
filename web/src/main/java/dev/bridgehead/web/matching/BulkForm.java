package dev.bridgehead.web.matching;

import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The curation queue's bulk decision: the ticked matches, the action, one note for all, and the queue's filter to go back to. */
@Serdeable
public record BulkForm(@Nullable String csrfToken, @Nullable List<String> matchIds, @Nullable String action, @Nullable String note,
                       @Nullable String filter) implements CsrfForm {
}
