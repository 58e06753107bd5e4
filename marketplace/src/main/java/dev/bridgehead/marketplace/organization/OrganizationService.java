package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.outbox.Outbox;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Organisations: who may see and change them, and how. The facts staff verify (legal names,
 * jurisdiction, registry ID, registration area) go back to staff when a verified organisation
 * changes them: it becomes {@link Verification#PENDING_CHANGE} and keeps its verified values
 * before the public until staff decide.
 */
@Singleton
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final ComplianceProfileRepository profiles;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, ComplianceProfileRepository profiles, AuditLog audit, Outbox outbox, Clock clock) {
        this.organizations = organizations;
        this.profiles = profiles;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new unverified organisation with an empty profile; the caller's transaction decides. */
    public Organization create(OrganizationDetails details, InputCheck check, String prefix) {
        OrganizationDetails.Parsed parsed = details.check(check, prefix, null);
        refuseTakenRegistryId(check, prefix + "registryId", parsed.registryId(), null);
        check.throwIfInvalid();
        Organization organization;
        try {
            organization = organizations.save(new Organization(null, parsed.name(), parsed.nameZh(), parsed.jurisdiction(),
                    parsed.sectors(), parsed.website(), parsed.description(), parsed.descriptionZh(), parsed.size(), Verification.UNVERIFIED,
                    parsed.registryId(), parsed.registrationArea(), null, null, null, null));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            // Two registrations with one ID at the same moment: the unique key lets one through, the other hears why.
            throw dev.bridgehead.marketplace.failure.InvalidInput.of(prefix + "registryId", "already-registered",
                    "an organisation with this registry ID is already registered on Bridgehead: contact the park if it is yours");
        }
        profiles.save(ComplianceProfile.empty(organization.id()));
        return organization;
    }

    /** The organisation, for its members and staff; anyone else is told it does not exist. */
    public Organization get(Actor actor, Long id) {
        return organizations.findById(id).filter(o -> actor != null && actor.mayActFor(o.id()))
                .orElseThrow(() -> new NotFound("Organisation " + id));
    }

    /** The public face of a verified organisation: its last verified values, even while a change waits. */
    public Organization getPublic(Long id) {
        return organizations.findById(id).filter(o -> o.verification().isPublic())
                .orElseThrow(() -> new NotFound("Organisation " + id));
    }

    /**
     * Changes an organisation. Staff's changes and those of an organisation not yet verified apply
     * at once; a verified organisation's change of the facts staff verified waits for staff, the
     * rest applies at once. Every edit is audited with its values before and after.
     */
    @Transactional
    public Organization update(Actor actor, Long id, OrganizationDetails details) {
        Integer version = details.version();
        Organization current = get(actor, id);
        InputCheck check = new InputCheck();
        check.required("version", version);
        OrganizationDetails.Parsed parsed = details.check(check, "", current);
        check.that(parsed.jurisdiction() == null || parsed.jurisdiction() == current.jurisdiction() || actor.isStaff(), "jurisdiction",
                "read-only", "only park staff can change an organisation's jurisdiction");
        refuseTakenRegistryId(check, "registryId", parsed.registryId(), id);
        check.throwIfInvalid();
        requireVersion(current.version(), version, "Organisation " + id);
        IdentityChange typed = parsed.identity();
        boolean waitsForStaff = current.verification().isPublic() && !actor.isStaff() && !typed.sameFactsAs(current.identity());
        IdentityChange live = waitsForStaff ? current.identity() : typed;
        IdentityChange pending = waitsForStaff ? new IdentityChange(typed.name(), typed.nameZh(), typed.jurisdiction(), typed.registryId(),
                typed.registrationArea(), clock.instant(), actor.userId()) : null;
        Verification verification = waitsForStaff ? Verification.PENDING_CHANGE
                : current.verification() == Verification.PENDING_CHANGE ? Verification.VERIFIED : current.verification();
        Organization changed = new Organization(id, live.name(), live.nameZh(), live.jurisdiction(), parsed.sectors(), parsed.website(),
                parsed.description(), parsed.descriptionZh(), parsed.size(), verification, live.registryId(), live.registrationArea(), pending,
                current.createdAt(), current.updatedAt(), version);
        try {
            Organization updated = organizations.update(changed);
            audit.recordEdit(actor, waitsForStaff ? "organization.change-requested" : "organization.edited", "organization", id,
                    differences(current.asItsMembersSeeIt(), updated.asItsMembersSeeIt()));
            outbox.organizationChanged(id);
            return updated;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Organisation " + id);
        }
    }

    /**
     * Staff verify or reject an organisation, with a note that goes into the audit log. For an
     * organisation with a change waiting, {@code VERIFIED} accepts the change and {@code REJECTED}
     * declines it: the organisation stays verified with its last verified values.
     */
    @Transactional
    public Organization decideVerification(Actor actor, Long id, String decision, String note) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff verify organisations");
        }
        Organization current = organizations.findById(id).orElseThrow(() -> new NotFound("Organisation " + id));
        InputCheck check = new InputCheck();
        check.required("decision", decision).maxLength("note", note, 1000);
        Verification verdict = check.code("decision", decision, Verification.class);
        check.that(verdict == Verification.VERIFIED || verdict == Verification.REJECTED || verdict == null, "decision", "unknown-code",
                "must be VERIFIED or REJECTED");
        check.that(verdict != Verification.REJECTED || (note != null && !note.isBlank()), "note", "required", "a rejection needs a note");
        check.throwIfInvalid();
        Organization decided;
        String action;
        if (current.verification() == Verification.PENDING_CHANGE) {
            boolean accepted = verdict == Verification.VERIFIED;
            decided = current.with(Verification.VERIFIED, accepted ? current.pendingChange() : current.identity(), null);
            action = accepted ? "organization.change-accepted" : "organization.change-declined";
        } else {
            decided = current.with(verdict, current.identity(), null);
            action = "organization." + verdict.name().toLowerCase(Locale.ROOT);
        }
        Organization updated;
        try {
            updated = organizations.update(decided);
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            throw new Conflict("Another organisation has registered " + decided.registryId() + " since this change was asked for: decline it");
        }
        audit.record(actor, action, "organization", id, InputCheck.clean(note), differences(current, updated));
        outbox.organizationChanged(id);
        return updated;
    }

    /** Organisations by id, for showing who offers what; no permission check, so only for public facts. */
    public Map<Long, Organization> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : organizations.findByIdIn(ids).stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    /** Every verified organisation, by name: the partners anyone may check a flow with. */
    public List<Organization> verified() {
        return organizations.findByVerificationInOrderByCreatedAt(Verification.publicStates()).stream()
                .sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Organisations waiting for staff (new, or a verified one's changed facts), oldest first, a page at a time. */
    public Page<Organization> awaitingVerification(int page, int size) {
        return organizations.findByVerificationIn(List.of(Verification.UNVERIFIED, Verification.PENDING_CHANGE),
                Pageable.from(page, size, Sort.of(Sort.Order.asc("createdAt"), Sort.Order.asc("id"))));
    }

    private void refuseTakenRegistryId(InputCheck check, String field, String registryId, Long self) {
        if (registryId == null) {
            return;
        }
        boolean taken = organizations.findByRegistryId(registryId).filter(other -> !other.id().equals(self)).isPresent();
        check.that(!taken, field, "already-registered",
                "an organisation with this registry ID is already registered on Bridgehead: contact the park if it is yours");
    }

    static Map<String, AuditEntry.FieldChange> differences(Organization before, Organization after) {
        Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
        AuditLog.compare(changes, "name", before.name(), after.name());
        AuditLog.compare(changes, "nameZh", before.nameZh(), after.nameZh());
        AuditLog.compare(changes, "jurisdiction", before.jurisdiction(), after.jurisdiction());
        AuditLog.compare(changes, "registryId", before.registryId(), after.registryId());
        AuditLog.compare(changes, "registrationArea", before.registrationArea(), after.registrationArea());
        AuditLog.compare(changes, "sectors", before.sectors(), after.sectors());
        AuditLog.compare(changes, "website", before.website(), after.website());
        AuditLog.compare(changes, "description", before.description(), after.description());
        AuditLog.compare(changes, "descriptionZh", before.descriptionZh(), after.descriptionZh());
        AuditLog.compare(changes, "size", before.size(), after.size());
        AuditLog.compare(changes, "verification", before.verification(), after.verification());
        return changes;
    }

    private static boolean duplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    static void requireVersion(Integer current, Integer read, String what) {
        if (!Objects.equals(current, read)) {
            throw Conflict.staleVersion(what);
        }
    }
}
