package dev.bridgehead.marketplace.glossary;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.organization.Sector;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The effective glossary (the shipped terms with park staff's changes applied) and those changes:
 * staff add terms, correct or remove any term. Every change is audited and published as
 * {@link GlossaryChanged}; other nodes notice it through {@link #revision()}.
 */
@Singleton
public class GlossaryTerms {

    static final int MAX_ENGLISH = 120;
    static final int MAX_CHINESE = 60;
    static final int MAX_SOURCE = 300;
    /** Up to five words as the lookup reads them: letters and digits, joined within a word by - or '. */
    private static final Pattern ENGLISH = Pattern.compile("[a-z0-9]+(?:[-'][a-z0-9]+)*(?: [a-z0-9]+(?:[-'][a-z0-9]+)*){0,4}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final TermChangeRepository changes;
    private final AuditLog audit;
    private final ApplicationEventPublisher<GlossaryChanged> events;
    private final Clock clock;

    GlossaryTerms(TermChangeRepository changes, AuditLog audit, ApplicationEventPublisher<GlossaryChanged> events, Clock clock) {
        this.changes = changes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The glossary as search and matching use it: shipped terms in file order (as staff corrected them), then staff's own. */
    public List<GlossaryTerm> effective() {
        Map<String, TermChange> ofShipped = new LinkedHashMap<>();
        List<GlossaryTerm> added = new ArrayList<>();
        for (TermChange change : changes.findAllOrderById()) {
            if (change.replaces() != null) {
                ofShipped.put(change.replaces(), change);
            } else if (!change.removed()) {
                added.add(change.term());
            }
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        for (GlossaryTerm term : ShippedTerms.all()) {
            TermChange change = ofShipped.remove(term.key());
            if (change == null) {
                terms.add(term);
            } else if (!change.removed()) {
                terms.add(change.term());
            }
        }
        // A correction of a term a later release no longer ships stays, as staff made it.
        ofShipped.values().stream().filter(change -> !change.removed()).forEach(change -> terms.add(change.term()));
        terms.addAll(added);
        return terms;
    }

    /** Changes whenever the glossary does, on any node. */
    public String revision() {
        return changes.revision();
    }

    public GlossaryTerm find(String key) {
        return effective().stream().filter(term -> term.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("glossary term " + key));
    }

    @Transactional
    public GlossaryTerm add(Actor actor, TermInput input) {
        requireStaff(actor);
        TermChange checked = checked(input, null, null);
        TermChange saved = changes.save(checked.withActor(actor, clock));
        audit.record(actor, "glossary.term.added", "glossary", saved.id(), saved.english() + " = " + saved.chinese());
        return published(saved.term());
    }

    /** Corrects a term; a shipped one becomes a stored correction of it. */
    @Transactional
    public GlossaryTerm correct(Actor actor, String key, TermInput input) {
        requireStaff(actor);
        TermChange before = existing(key, input.version());
        TermChange checked = checked(input, key, before);
        TermChange saved = store(before, checked.withActor(actor, clock));
        Map<String, AuditEntry.FieldChange> fields = new LinkedHashMap<>();
        AuditLog.compare(fields, "english", before.english(), saved.english());
        AuditLog.compare(fields, "chinese", before.chinese(), saved.chinese());
        AuditLog.compare(fields, "sector", before.sector(), saved.sector());
        AuditLog.compare(fields, "source", before.source(), saved.source());
        audit.record(actor, "glossary.term.corrected", "glossary", saved.id(), saved.english() + " = " + saved.chinese(), fields);
        return published(saved.term());
    }

    @Transactional
    public void remove(Actor actor, String key, Integer version) {
        requireStaff(actor);
        TermChange before = existing(key, version);
        TermChange removed = new TermChange(before.id(), before.english(), before.chinese(), before.sector(), before.source(),
                before.replaces(), true, clock.instant(), actor.userId(), before.version());
        TermChange saved = store(before, removed);
        audit.record(actor, "glossary.term.removed", "glossary", saved.id(), saved.english() + " = " + saved.chinese());
        events.publishEvent(new GlossaryChanged(revision()));
    }

    /** A first change of a shipped term is a new row, a later one an update; a race with another change is a stale version. */
    private TermChange store(TermChange before, TermChange change) {
        try {
            return before.id() == null ? changes.save(change) : changes.update(change);
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // An optimistic-lock failure, or the unique key of a shipped term two staff corrected at once.
            throw Conflict.staleVersion("This glossary term");
        }
    }

    private GlossaryTerm published(GlossaryTerm term) {
        events.publishEvent(new GlossaryChanged(revision()));
        return term;
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff change the glossary");
        }
    }

    /** The stored change behind a term (a new one, not yet saved, for a term as shipped), checked against the version read. */
    private TermChange existing(String key, Integer version) {
        GlossaryTerm term = find(key == null ? "" : key);
        Optional<TermChange> stored = term.origin() == GlossaryTerm.Origin.ADDED
                ? changes.findById(Long.valueOf(key.substring("term:".length())))
                : changes.findByReplaces(key);
        if (!Objects.equals(version, stored.map(TermChange::version).orElse(null))) {
            throw Conflict.staleVersion("This glossary term");
        }
        return stored.orElseGet(() -> new TermChange(null, term.english(), term.chinese(), term.sector(), term.source(), key, false,
                clock.instant(), null, null));
    }

    /** The input as a change, every field checked; {@code key} is the term being corrected (null for a new one). */
    private TermChange checked(TermInput input, String key, TermChange before) {
        InputCheck check = new InputCheck();
        String english = InputCheck.clean(input.english());
        english = english == null ? null : english.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String chinese = InputCheck.clean(input.chinese());
        String source = InputCheck.clean(input.source());
        check.required("english", english).maxLength("english", english, MAX_ENGLISH);
        check.required("chinese", chinese).maxLength("chinese", chinese, MAX_CHINESE);
        check.maxLength("source", source, MAX_SOURCE);
        if (english != null && !ENGLISH.matcher(english).matches()) {
            check.add("english", "not-english", "must be one to five English words of letters and digits (joined within a word by - or ')");
        }
        if (chinese != null && (!HAN.matcher(chinese).find() || chinese.chars().anyMatch(Character::isWhitespace))) {
            check.add("chinese", "not-chinese", "must be Chinese characters, without spaces");
        }
        Sector sector = InputCheck.clean(input.sector()) == null ? null : check.code("sector", input.sector(), Sector.class);
        if (english != null && chinese != null) {
            Set<String> taken = new HashSet<>();
            for (GlossaryTerm term : effective()) {
                if (!term.key().equals(key)) {
                    taken.add(term.english() + "=" + term.chinese());
                }
            }
            check.that(!taken.contains(english + "=" + chinese), "chinese", "duplicate", "this pair is already in the glossary");
        }
        check.throwIfInvalid();
        return before == null
                ? new TermChange(null, english, chinese, sector == null ? null : sector.name(), source, null, false, clock.instant(), null, null)
                : new TermChange(before.id(), english, chinese, sector == null ? null : sector.name(), source, before.replaces(), false,
                        clock.instant(), null, before.version());
    }
}
