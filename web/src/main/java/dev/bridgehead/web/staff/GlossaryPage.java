package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.glossary.GlossaryTerm;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;

/** The glossary for staff: the terms a filter finds, and the form to add a term or correct the one chosen. */
public record GlossaryPage(PageContext context, List<GlossaryTerm> all, @Nullable String q, GlossaryForm form, FormErrors errors) {

    /** The terms whose English or Chinese contains the filter, or all of them. */
    public List<GlossaryTerm> terms() {
        if (q == null || q.isBlank()) {
            return all;
        }
        String wanted = q.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(term -> term.english().contains(wanted) || term.chinese().contains(wanted)).toList();
    }

    public boolean correcting() {
        return form.term() != null && !form.term().isBlank();
    }

    public List<Option> sectors() {
        return Option.of(Sector.class, "sector", context, form.sector() == null ? List.of() : List.of(form.sector()));
    }

    public String value(String text) {
        return text == null ? "" : text;
    }

    public String editLink(GlossaryTerm term) {
        return "/staff/glossary?term=" + java.net.URLEncoder.encode(term.key(), java.nio.charset.StandardCharsets.UTF_8) + "#term-form";
    }
}
