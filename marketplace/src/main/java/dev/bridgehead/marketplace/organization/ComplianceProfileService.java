package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Mechanism;
import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * Compliance profiles and the evidence behind them: members declare mechanisms and
 * certifications with their evidence, staff verify or reject each entry, and any change to an
 * entry's evidence makes it {@link EvidenceStatus#DECLARED} again. A change of what counts sends
 * the organisation's open matches to be assessed again.
 */
@Singleton
public class ComplianceProfileService {

    static final int MAX_ENTRIES = 30;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final OrganizationService organizations;
    private final ComplianceProfileRepository profiles;
    private final EvidenceDocuments documents;
    private final dev.bridgehead.marketplace.compliance.ComplianceEngine engine;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    ComplianceProfileService(OrganizationService organizations, ComplianceProfileRepository profiles, EvidenceDocuments documents, AuditLog audit,
                             Outbox outbox, Clock clock, dev.bridgehead.marketplace.compliance.ComplianceEngine engine) {
        this.engine = engine;
        this.documents = documents;
        this.organizations = organizations;
        this.profiles = profiles;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ComplianceProfile profile(Actor actor, Long organizationId) {
        organizations.get(actor, organizationId);
        return stored(organizationId);
    }

    /** The compliance profile of a verified organisation, which partners may see. */
    public ComplianceProfile publicProfile(Long organizationId) {
        organizations.getPublic(organizationId);
        return stored(organizationId);
    }

    /** Profiles by organisation, for staff reviewing evidence. */
    public Map<Long, ComplianceProfile> profilesOf(Actor actor, Collection<Long> organizationIds) {
        requireStaff(actor);
        Map<Long, ComplianceProfile> byOrganization = new HashMap<>();
        profiles.findByOrganizationIdIn(organizationIds).forEach(profile -> byOrganization.put(profile.organizationId(), profile));
        return byOrganization;
    }

    /**
     * Replaces the profile's entries, categories and CIIO flag. An entry whose evidence is unchanged
     * keeps staff's check; a new or changed one is declared again and waits for staff.
     */
    @Transactional
    public ComplianceProfile updateProfile(Actor actor, Long organizationId, ComplianceProfileInput input) {
        Integer version = input.version();
        Organization organization = organizations.get(actor, organizationId);
        ComplianceProfile current = profiles.findById(organizationId).orElseThrow(() -> new NotFound("Compliance profile " + organizationId));
        InputCheck check = new InputCheck();
        check.required("version", version);
        // A replaced profile names its lists: a missing one is a mistake, an empty one removes every entry.
        check.that(input.mechanisms() != null, "mechanisms", "required", "is required: give [] to hold none");
        check.that(input.certifications() != null, "certifications", "required", "is required: give [] to hold none");
        boolean ciio = input.ciioFlag(check);
        Instant now = clock.instant();
        List<HeldMechanism> mechanisms = mechanisms(organization, input, check, current, now);
        List<HeldCertification> certifications = certifications(organization, input, check, current, now);
        List<DataCategory> accepts = check.codes("acceptsCategories", input.acceptsCategories(), DataCategory.class);
        refuseForeignDocuments(check, organizationId, current, mechanisms, "mechanisms");
        refuseForeignDocuments(check, organizationId, current, certifications, "certifications");
        check.throwIfInvalid();
        OrganizationService.requireVersion(current.version(), version, "Compliance profile of organisation " + organizationId);
        ComplianceProfile changed = ComplianceProfile.of(organizationId, mechanisms, certifications, accepts, ciio, version);
        try {
            ComplianceProfile updated = profiles.update(changed);
            audit.recordEdit(actor, "compliance.edited", "organization", organizationId, differences(current, updated));
            if (!sameFacts(current, updated)) {
                outbox.checkedFactsChanged(organizationId);
            }
            outbox.organizationChanged(organizationId);
            return updated;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Compliance profile of organisation " + organizationId);
        }
    }

    /**
     * Puts an uploaded document behind one entry: the entry is declared again and waits for staff.
     * With {@code version} the profile's version the member read.
     */
    @Transactional
    public ComplianceProfile attachDocument(Actor actor, Long organizationId, String kind, String code, String sha256, Integer version) {
        organizations.get(actor, organizationId);
        ComplianceProfile current = stored(organizationId);
        EntryKind entryKind = java.util.Arrays.stream(EntryKind.values()).filter(k -> k.path().equals(kind)).findFirst().orElse(null);
        HeldEntry entry = entryKind == null ? null : current.entry(entryKind, code).orElse(null);
        InputCheck check = new InputCheck();
        check.that(entry != null, "entry", "unknown-entry", "choose a mechanism or certification of your profile");
        check.that(sha256 != null && documents.uploadedBy(organizationId, sha256), "file", "unknown-document", "is not a document of yours");
        check.throwIfInvalid();
        if (version != null) {
            OrganizationService.requireVersion(current.version(), version, "Compliance profile of organisation " + organizationId);
        }
        HeldEntry attached = entry instanceof HeldMechanism m
                ? new HeldMechanism(m.code(), m.scope(), m.obtainedOn(), m.evidenceRef(), m.issuer(), m.expiresOn(), sha256, null)
                : withDocument((HeldCertification) entry, sha256);
        HeldEntry declared = attached.reviewed(carriedReview(current, attached, clock.instant()));
        try {
            ComplianceProfile updated = profiles.update(current.withEntry(declared));
            audit.recordEdit(actor, "compliance.edited", "organization", organizationId, differences(current, updated));
            outbox.checkedFactsChanged(organizationId);
            outbox.organizationChanged(organizationId);
            return updated;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Compliance profile of organisation " + organizationId);
        }
    }

    private static HeldCertification withDocument(HeldCertification c, String sha256) {
        return new HeldCertification(c.code(), c.expiresOn(), c.evidenceRef(), c.issuer(), c.obtainedOn(), sha256, null);
    }

    /** A document an entry names must be one the organisation uploaded, or a member could point at another firm's file. */
    private void refuseForeignDocuments(InputCheck check, Long organizationId, ComplianceProfile current, List<? extends HeldEntry> entries,
                                        String field) {
        for (int i = 0; i < entries.size(); i++) {
            String sha = entries.get(i).documentSha256();
            boolean unchanged = current.entry(entries.get(i).kind(), entries.get(i).code() == null ? "" : entries.get(i).code().name())
                    .map(stored -> java.util.Objects.equals(stored.documentSha256(), sha)).orElse(false);
            check.that(sha == null || !SHA256.matcher(sha).matches() || unchanged || documents.uploadedBy(organizationId, sha), field + "[" + i + "].documentSha256",
                    "unknown-document", "is not the SHA-256 of a document your organisation uploaded: upload it first");
        }
    }

    /**
     * Staff verify or reject one entry's evidence (a verified one can be rejected later: revoked).
     * With {@code version} the profile's version the decider read: of two decisions on the same
     * read, exactly one is taken and the other is told the profile changed.
     */
    @Transactional
    public ComplianceProfile decideEvidence(Actor actor, Long organizationId, String kind, String code, EvidenceDecision decision) {
        requireStaff(actor);
        ComplianceProfile current = profiles.findById(organizationId).orElseThrow(() -> new NotFound("Organisation " + organizationId));
        EntryKind entryKind = java.util.Arrays.stream(EntryKind.values()).filter(k -> k.path().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFound("Entry kind " + kind));
        HeldEntry entry = current.entry(entryKind, code).orElseThrow(() -> new NotFound(entryKind.path() + " " + code + " of organisation " + organizationId));
        InputCheck check = new InputCheck();
        check.required("decision", decision.decision()).maxLength("note", decision.note(), 1000);
        EvidenceStatus verdict = check.code("decision", decision.decision(), EvidenceStatus.class);
        check.that(verdict == null || verdict == EvidenceStatus.VERIFIED || verdict == EvidenceStatus.REJECTED, "decision", "unknown-code",
                "must be VERIFIED or REJECTED");
        check.that(verdict != EvidenceStatus.REJECTED || InputCheck.clean(decision.note()) != null, "note", "required", "a rejection needs a note");
        check.throwIfInvalid();
        if (decision.version() != null) {
            OrganizationService.requireVersion(current.version(), decision.version(), "Compliance profile of organisation " + organizationId);
        }
        LocalDate today = LocalDate.now(clock);
        if (verdict == EvidenceStatus.VERIFIED && entry.isExpiredOn(today)) {
            throw new Conflict(code + " expired on " + entry.expiresOn() + ": the holder must renew it before it can be verified");
        }
        Instant now = clock.instant();
        EvidenceReview review = Objects.requireNonNullElse(entry.review(), EvidenceReview.declared(now))
                .decided(verdict, InputCheck.clean(decision.note()), now, actor.userId());
        try {
            ComplianceProfile updated = profiles.update(current.withEntry(entry.reviewed(review)));
            Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
            AuditLog.compare(changes, entryKind.path() + "." + code + ".status", entry.status(), verdict);
            audit.record(actor, "evidence." + verdict.name().toLowerCase(Locale.ROOT), "organization", organizationId,
                    entryKind.path() + "/" + code + (review.note() == null ? "" : ": " + review.note()), changes);
            outbox.checkedFactsChanged(organizationId);
            outbox.organizationChanged(organizationId);
            return updated;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Compliance profile of organisation " + organizationId);
        }
    }

    /** A staff decision on one entry: {@code VERIFIED} or {@code REJECTED}, a note (required to reject), the version read. */
    @io.micronaut.serde.annotation.Serdeable
    public record EvidenceDecision(@Nullable String decision, @Nullable String note, @Nullable Integer version) {
    }

    /** Entries waiting for staff, the longest waiting first, narrowed by code, organisation and the least age in days. */
    public List<AwaitingCheck> awaitingCheck(Actor actor, @Nullable String code, @Nullable Long organizationId, int minAgeDays) {
        requireStaff(actor);
        Instant before = clock.instant().minus(java.time.Duration.ofDays(Math.max(0, minAgeDays)));
        List<AwaitingCheck> waiting = new ArrayList<>();
        for (ComplianceProfile profile : profiles.findByAwaitingCheckSinceIsNotNullOrderByAwaitingCheckSince()) {
            if (organizationId != null && !organizationId.equals(profile.organizationId())) {
                continue;
            }
            for (HeldEntry entry : profile.entries()) {
                Instant declaredAt = entry.review() == null || entry.review().declaredAt() == null ? Instant.EPOCH : entry.review().declaredAt();
                if (entry.status() == EvidenceStatus.DECLARED && (code == null || entry.code().name().equals(code)) && !declaredAt.isAfter(before)) {
                    waiting.add(new AwaitingCheck(profile, entry, declaredAt));
                }
            }
        }
        waiting.sort(java.util.Comparator.comparing(AwaitingCheck::declaredAt));
        return waiting;
    }

    /** One entry waiting for staff, with its profile (for the version a decision carries). */
    public record AwaitingCheck(ComplianceProfile profile, HeldEntry entry, Instant declaredAt) {
    }

    /** Entries whose expiry day has passed are marked expired; returns those it marked. The caller's schedule decides when. */
    @Transactional
    public List<HeldEntry> expire(Long organizationId, LocalDate today) {
        ComplianceProfile current = stored(organizationId);
        List<HeldEntry> expired = current.entries().stream()
                .filter(entry -> entry.isExpiredOn(today) && entry.status() != EvidenceStatus.EXPIRED).toList();
        if (expired.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        ComplianceProfile changed = current;
        for (HeldEntry entry : expired) {
            EvidenceReview review = Objects.requireNonNullElse(entry.review(), EvidenceReview.declared(now))
                    .decided(EvidenceStatus.EXPIRED, "expired on " + entry.expiresOn(), now, null);
            changed = changed.withEntry(entry.reviewed(review));
            audit.recordSystem("evidence.expired", "organization", organizationId, entry.kind().path() + "/" + entry.code() + " expired on " + entry.expiresOn());
        }
        profiles.update(changed);
        outbox.checkedFactsChanged(organizationId);
        outbox.organizationChanged(organizationId);
        return expired;
    }

    private ComplianceProfile stored(Long organizationId) {
        return profiles.findById(organizationId).orElseGet(() -> ComplianceProfile.empty(organizationId));
    }

    /**
     * The last day a mechanism counts: its expiry day, or for one the rule book limits (a PI
     * certification counts 3 years) the day before that many years after it was obtained, whichever
     * comes first, so that its status, its reminders and staff's check all see the same day.
     */
    private LocalDate lastDay(Mechanism code, LocalDate obtainedOn, LocalDate expiresOn) {
        Integer years = code == null ? null : engine.ruleBook().terms(code).validYears();
        if (years == null || obtainedOn == null) {
            return expiresOn;
        }
        LocalDate limit = obtainedOn.plusYears(years).minusDays(1);
        return expiresOn == null || expiresOn.isAfter(limit) ? limit : expiresOn;
    }

    private List<HeldMechanism> mechanisms(Organization organization, ComplianceProfileInput input, InputCheck check,
                                                  ComplianceProfile current, Instant now) {
        List<ComplianceProfileInput.MechanismInput> typed = Objects.requireNonNullElse(input.mechanisms(), List.of());
        check.maxItems("mechanisms", typed, MAX_ENTRIES);
        List<HeldMechanism> mechanisms = new ArrayList<>();
        Set<Mechanism> seen = new HashSet<>();
        for (int i = 0; i < Math.min(typed.size(), MAX_ENTRIES); i++) {
            var in = typed.get(i);
            String field = "mechanisms[" + i + "]";
            check.required(field + ".code", in.code()).maxLength(field + ".scope", in.scope(), 500);
            Mechanism code = check.code(field + ".code", in.code(), Mechanism.class);
            check.that(code == null || code.availableIn(organization.jurisdiction()), field + ".code", "not-available",
                    code + " cannot be held by an organisation in " + organization.jurisdiction() + ": China belongs to no CBPR system");
            check.that(code == null || seen.add(code), field + ".code", "duplicate", code + " is listed twice: keep one entry per mechanism");
            Evidence evidence = evidence(check, field, in.referenceGiven(), in.issuer(), in.obtainedOn(), in.expiresOn(), in.documentSha256());
            HeldMechanism held = new HeldMechanism(code, InputCheck.clean(in.scope()), evidence.obtainedOn(), evidence.reference(), evidence.issuer(),
                    lastDay(code, evidence.obtainedOn(), evidence.expiresOn()), evidence.documentSha256(), null);
            mechanisms.add(held.reviewed(carriedReview(current, held, now)));
        }
        return mechanisms;
    }

    private static List<HeldCertification> certifications(Organization organization, ComplianceProfileInput input, InputCheck check,
                                                          ComplianceProfile current, Instant now) {
        List<ComplianceProfileInput.CertificationInput> typed = Objects.requireNonNullElse(input.certifications(), List.of());
        check.maxItems("certifications", typed, MAX_ENTRIES);
        List<HeldCertification> certifications = new ArrayList<>();
        Set<Certification> seen = new HashSet<>();
        for (int i = 0; i < Math.min(typed.size(), MAX_ENTRIES); i++) {
            var in = typed.get(i);
            String field = "certifications[" + i + "]";
            check.required(field + ".code", in.code()).required(field + ".expiresOn", in.expiresOn());
            Certification code = check.code(field + ".code", in.code(), Certification.class);
            check.that(code == null || code.availableIn(organization.jurisdiction()), field + ".code", "not-available",
                    code + " cannot be held by an organisation in " + organization.jurisdiction() + ": China belongs to no CBPR system");
            check.that(code == null || seen.add(code), field + ".code", "duplicate", code + " is listed twice: keep one entry per certification");
            Evidence evidence = evidence(check, field, in.referenceGiven(), in.issuer(), in.obtainedOn(), in.expiresOn(), in.documentSha256());
            HeldCertification held = new HeldCertification(code, evidence.expiresOn(), evidence.reference(), evidence.issuer(), evidence.obtainedOn(),
                    evidence.documentSha256(), null);
            certifications.add(held.reviewed(carriedReview(current, held, now)));
        }
        return certifications;
    }

    /** Staff's check carries over while the evidence is the same; anything changed is declared again. */
    private static EvidenceReview carriedReview(ComplianceProfile current, HeldEntry typed, Instant now) {
        if (typed.code() == null) {
            return null;
        }
        Optional<HeldEntry> before = current.entry(typed.kind(), typed.code().name());
        return before.filter(stored -> stored.sameEvidenceAs(typed) && stored.review() != null).map(HeldEntry::review)
                .orElseGet(() -> EvidenceReview.declared(now));
    }

    private record Evidence(String reference, String issuer, LocalDate obtainedOn, LocalDate expiresOn, String documentSha256) {
    }

    private static Evidence evidence(InputCheck check, String field, String reference, String issuer, String obtainedOn, String expiresOn,
                                     String documentSha256) {
        check.maxLength(field + ".reference", reference, 200).maxLength(field + ".issuer", issuer, 200);
        LocalDate obtained = date(check, field + ".obtainedOn", obtainedOn);
        LocalDate expires = date(check, field + ".expiresOn", expiresOn);
        check.that(obtained == null || expires == null || obtained.isBefore(expires), field + ".expiresOn", "before-obtained",
                "must be after the day it was obtained");
        String sha = InputCheck.clean(documentSha256);
        String normalised = sha == null ? null : sha.toLowerCase(Locale.ROOT);
        check.that(normalised == null || SHA256.matcher(normalised).matches(), field + ".documentSha256", "invalid-sha256",
                "must be the SHA-256 of a document uploaded to the organisation's evidence (64 hexadecimal characters)");
        return new Evidence(InputCheck.clean(reference), InputCheck.clean(issuer), obtained, expires, normalised);
    }

    private static LocalDate date(InputCheck check, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            check.that(date.getYear() >= 1990 && date.getYear() <= 2100, field, "out-of-range", "must be between 1990 and 2100");
            return date;
        } catch (DateTimeParseException e) {
            check.add(field, "invalid-date", "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private static boolean sameFacts(ComplianceProfile a, ComplianceProfile b) {
        return a.mechanisms().equals(b.mechanisms()) && a.certifications().equals(b.certifications()) && a.ciio() == b.ciio()
                && a.acceptsCategories().equals(b.acceptsCategories());
    }

    private static Map<String, AuditEntry.FieldChange> differences(ComplianceProfile before, ComplianceProfile after) {
        Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
        Map<String, String> was = summaries(before);
        Map<String, String> is = summaries(after);
        Set<String> keys = new java.util.LinkedHashSet<>(was.keySet());
        keys.addAll(is.keySet());
        keys.forEach(key -> AuditLog.compare(changes, key, was.get(key), is.get(key)));
        AuditLog.compare(changes, "acceptsCategories", before.acceptsCategories(), after.acceptsCategories());
        AuditLog.compare(changes, "ciio", before.ciio(), after.ciio());
        return changes;
    }

    private static Map<String, String> summaries(ComplianceProfile profile) {
        Map<String, String> summaries = new LinkedHashMap<>();
        for (HeldEntry entry : profile.entries()) {
            summaries.put(entry.kind().path() + "." + entry.code(), String.join("; ", "reference " + entry.evidenceRef(), "issuer " + entry.issuer(),
                    "obtained " + entry.obtainedOn(), "expires " + entry.expiresOn(), "document " + entry.documentSha256(), "scope " + entry.scope(),
                    "status " + entry.status()));
        }
        return summaries;
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff check compliance evidence");
        }
    }
}
