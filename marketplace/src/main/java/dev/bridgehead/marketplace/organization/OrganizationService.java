package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Mechanism;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.outbox.Outbox;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Objects;

/** Organisations and their compliance profiles: who may see and change them, and how. */
@Singleton
public class OrganizationService {

    static final int MAX_ENTRIES = 30;

    private final OrganizationRepository organizations;
    private final ComplianceProfileRepository profiles;
    private final AuditLog audit;
    private final Outbox outbox;

    OrganizationService(OrganizationRepository organizations, ComplianceProfileRepository profiles, AuditLog audit, Outbox outbox) {
        this.organizations = organizations;
        this.profiles = profiles;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** A new unverified organisation with an empty profile; the caller's transaction decides. */
    public Organization create(OrganizationDetails details, InputCheck check, String prefix) {
        OrganizationDetails.Parsed parsed = details.check(check, prefix);
        check.throwIfInvalid();
        Organization organization = organizations.save(new Organization(null, parsed.name(), parsed.nameZh(), parsed.jurisdiction(),
                parsed.sectors(), parsed.website(), parsed.description(), parsed.descriptionZh(), parsed.size(), Verification.UNVERIFIED,
                null, null, null));
        profiles.save(ComplianceProfile.empty(organization.id()));
        return organization;
    }

    /** The organisation, for its members and staff; anyone else is told it does not exist. */
    public Organization get(Actor actor, Long id) {
        return organizations.findById(id).filter(o -> actor != null && actor.mayActFor(o.id()))
                .orElseThrow(() -> new NotFound("Organisation " + id));
    }

    /** The public face of a verified organisation. */
    public Organization getPublic(Long id) {
        return organizations.findById(id).filter(o -> o.verification().isPublic())
                .orElseThrow(() -> new NotFound("Organisation " + id));
    }

    @Transactional
    public Organization update(Actor actor, Long id, OrganizationDetails details) {
        Integer version = details.version();
        Organization current = get(actor, id);
        InputCheck check = new InputCheck();
        check.required("version", version);
        OrganizationDetails.Parsed parsed = details.check(check, "");
        check.that(parsed.jurisdiction() == null || parsed.jurisdiction() == current.jurisdiction() || actor.isStaff(), "jurisdiction",
                "read-only", "only park staff can change an organisation's jurisdiction");
        check.throwIfInvalid();
        requireVersion(current.version(), version, "Organisation " + id);
        try {
            Organization updated = organizations.update(new Organization(id, parsed.name(), parsed.nameZh(), parsed.jurisdiction(), parsed.sectors(),
                    parsed.website(), parsed.description(), parsed.descriptionZh(), parsed.size(), current.verification(),
                    current.createdAt(), current.updatedAt(), version));
            outbox.organizationChanged(id);
            return updated;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Organisation " + id);
        }
    }

    /** Staff verify or reject an organisation, with a note that goes into the audit log. */
    @Transactional
    public Organization decideVerification(Actor actor, Long id, String decision, String note) {
        if (!actor.isStaff()) {
            throw new NotAllowed("Only park staff verify organisations");
        }
        Organization current = organizations.findById(id).orElseThrow(() -> new NotFound("Organisation " + id));
        InputCheck check = new InputCheck();
        check.required("decision", decision).maxLength("note", note, 1000);
        Verification verdict = check.code("decision", decision, Verification.class);
        check.that(verdict != Verification.UNVERIFIED, "decision", "unknown-code", "must be VERIFIED or REJECTED");
        check.that(verdict != Verification.REJECTED || (note != null && !note.isBlank()), "note", "required", "a rejection needs a note");
        check.throwIfInvalid();
        Organization decided = organizations.update(new Organization(id, current.name(), current.nameZh(), current.jurisdiction(),
                current.sectors(), current.website(), current.description(), current.descriptionZh(), current.size(), verdict,
                current.createdAt(), current.updatedAt(), current.version()));
        audit.record(actor, "organization." + verdict.name().toLowerCase(java.util.Locale.ROOT), "organization", id, note);
        outbox.organizationChanged(id);
        return decided;
    }

    /** Organisations by id, for showing who offers what; no permission check, so only for public facts. */
    public Map<Long, Organization> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : organizations.findByIdIn(ids).stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    /** Every verified organisation, by name: the partners anyone may check a flow with. */
    public List<Organization> verified() {
        return organizations.findByVerificationInOrderByCreatedAt(Verification.publicStates()).stream()
                .sorted(java.util.Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<Organization> awaitingVerification() {
        return organizations.findByVerificationOrderByCreatedAt(Verification.UNVERIFIED);
    }

    public ComplianceProfile profile(Actor actor, Long organizationId) {
        get(actor, organizationId);
        return profiles.findById(organizationId).orElseGet(() -> ComplianceProfile.empty(organizationId));
    }

    /** The compliance profile of a verified organisation, which partners may see. */
    public ComplianceProfile publicProfile(Long organizationId) {
        getPublic(organizationId);
        return profiles.findById(organizationId).orElseGet(() -> ComplianceProfile.empty(organizationId));
    }

    /** Profiles by organisation, for staff reviewing evidence. */
    public Map<Long, ComplianceProfile> profilesOf(Actor actor, Collection<Long> organizationIds) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff review compliance evidence");
        }
        Map<Long, ComplianceProfile> byOrganization = new java.util.HashMap<>();
        profiles.findByOrganizationIdIn(organizationIds).forEach(profile -> byOrganization.put(profile.organizationId(), profile));
        return byOrganization;
    }

    @Transactional
    public ComplianceProfile updateProfile(Actor actor, Long organizationId, ComplianceProfileInput input) {
        Integer version = input.version();
        Organization organization = get(actor, organizationId);
        ComplianceProfile current = profiles.findById(organizationId).orElseThrow(() -> new NotFound("Compliance profile " + organizationId));
        InputCheck check = new InputCheck();
        check.required("version", version);
        ComplianceProfile changed = parseProfile(organization, input, check, version);
        check.throwIfInvalid();
        requireVersion(current.version(), version, "Compliance profile of organisation " + organizationId);
        try {
            ComplianceProfile updated = profiles.update(changed);
            outbox.organizationChanged(organizationId);
            return updated;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Compliance profile of organisation " + organizationId);
        }
    }

    private static ComplianceProfile parseProfile(Organization organization, ComplianceProfileInput input, InputCheck check, Integer version) {
        List<ComplianceProfileInput.MechanismInput> mechanismInputs = Objects.requireNonNullElse(input.mechanisms(), List.of());
        List<ComplianceProfileInput.CertificationInput> certificationInputs = Objects.requireNonNullElse(input.certifications(), List.of());
        check.maxItems("mechanisms", mechanismInputs, MAX_ENTRIES).maxItems("certifications", certificationInputs, MAX_ENTRIES);
        List<HeldMechanism> mechanisms = new ArrayList<>();
        for (int i = 0; i < Math.min(mechanismInputs.size(), MAX_ENTRIES); i++) {
            var in = mechanismInputs.get(i);
            String field = "mechanisms[" + i + "]";
            check.required(field + ".code", in.code()).maxLength(field + ".scope", in.scope(), 500)
                    .maxLength(field + ".evidenceRef", in.evidenceRef(), 200);
            Mechanism code = check.code(field + ".code", in.code(), Mechanism.class);
            check.that(code == null || code.availableIn(organization.jurisdiction()), field + ".code", "not-available",
                    code + " cannot be held by an organisation in " + organization.jurisdiction() + ": China belongs to no CBPR system");
            LocalDate obtained = date(check, field + ".obtainedOn", in.obtainedOn());
            mechanisms.add(new HeldMechanism(code, InputCheck.clean(in.scope()), obtained, InputCheck.clean(in.evidenceRef())));
        }
        List<HeldCertification> certifications = new ArrayList<>();
        for (int i = 0; i < Math.min(certificationInputs.size(), MAX_ENTRIES); i++) {
            var in = certificationInputs.get(i);
            String field = "certifications[" + i + "]";
            check.required(field + ".code", in.code()).required(field + ".expiresOn", in.expiresOn())
                    .maxLength(field + ".evidenceRef", in.evidenceRef(), 200);
            Certification code = check.code(field + ".code", in.code(), Certification.class);
            check.that(code == null || code.availableIn(organization.jurisdiction()), field + ".code", "not-available",
                    code + " cannot be held by an organisation in " + organization.jurisdiction() + ": China belongs to no CBPR system");
            LocalDate expires = date(check, field + ".expiresOn", in.expiresOn());
            certifications.add(new HeldCertification(code, expires, InputCheck.clean(in.evidenceRef())));
        }
        List<DataCategory> accepts = check.codes("acceptsCategories", input.acceptsCategories(), DataCategory.class);
        return new ComplianceProfile(organization.id(), mechanisms, certifications, accepts, Boolean.TRUE.equals(input.ciio()), null, version);
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

    static void requireVersion(Integer current, Integer read, String what) {
        if (!Objects.equals(current, read)) {
            throw Conflict.staleVersion(what);
        }
    }
}
