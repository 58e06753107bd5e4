package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingChange;
import dev.bridgehead.marketplace.listing.ListingRevision;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.EvidenceStatus;
import dev.bridgehead.marketplace.organization.HeldEntry;
import dev.bridgehead.marketplace.organization.IdentityChange;
import dev.bridgehead.marketplace.organization.HeldCertification;
import dev.bridgehead.marketplace.organization.HeldMechanism;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.scenario.Scenario;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the API shows of each resource: ids as strings, codes as names, timestamps in UTC. */
public final class Views {

    private Views() {
    }

    static String idOf(Long id) {
        return id == null ? null : id.toString();
    }

    /** An id typed into a body field; anything but a positive number is a field error. */
    static long parseId(String field, String value) {
        dev.bridgehead.marketplace.failure.InputCheck check = new dev.bridgehead.marketplace.failure.InputCheck();
        long id = 0;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        check.that(id > 0, field, "invalid-id", "is not an id");
        check.throwIfInvalid();
        return id;
    }

    /**
     * An organisation. While a change of the facts staff verify waits ({@code verification} is
     * {@code PENDING_CHANGE}), {@code pendingChange} holds it; its members read the values they asked
     * for, staff and the public the last verified ones.
     */
    @Serdeable
    public record OrganizationView(String id, String name, @Nullable String nameZh, String jurisdiction, List<String> sectors,
                                   @Nullable String website, @Nullable String description, @Nullable String descriptionZh,
                                   @Nullable String size, String verification, @Nullable String registryId, @Nullable String registrationArea,
                                   @Nullable PendingChangeView pendingChange, Instant createdAt, Integer version) {

        public static OrganizationView of(Organization o) {
            return new OrganizationView(Views.idOf(o.id()), o.name(), o.nameZh(), o.jurisdiction().name(), o.sectors().stream().map(Enum::name).toList(),
                    o.website(), o.description(), o.descriptionZh(), o.size() == null ? null : o.size().name(), o.verification().name(),
                    o.registryId(), o.registrationArea() == null ? null : o.registrationArea().name(),
                    o.pendingChange() == null ? null : PendingChangeView.of(o.pendingChange()), o.createdAt(), o.version());
        }
    }

    @Serdeable
    public record PendingChangeView(String name, @Nullable String nameZh, String jurisdiction, @Nullable String registryId,
                                    @Nullable String registrationArea, @Nullable Instant requestedAt) {

        static PendingChangeView of(IdentityChange c) {
            return new PendingChangeView(c.name(), c.nameZh(), c.jurisdiction().name(), c.registryId(),
                    c.registrationArea() == null ? null : c.registrationArea().name(), c.requestedAt());
        }
    }

    @Serdeable
    public record ComplianceProfileView(List<MechanismView> mechanisms, List<CertificationView> certifications,
                                        List<String> acceptsCategories, boolean ciio, Integer version) {

        public static ComplianceProfileView of(ComplianceProfile p, LocalDate today) {
            return new ComplianceProfileView(p.mechanisms().stream().map(m -> MechanismView.of(m, today)).toList(),
                    p.certifications().stream().map(c -> CertificationView.of(c, today)).toList(),
                    p.acceptsCategories().stream().map(Enum::name).toList(), p.ciio(), p.version());
        }
    }

    /**
     * A mechanism with its evidence and staff's check. {@code reference} and {@code evidenceRef} are the same (the older name
     * kept for clients); {@code status} is {@code DECLARED}, {@code VERIFIED}, {@code REJECTED} or {@code EXPIRED} (also when its
     * expiry day has passed and the nightly job has not marked it yet).
     */
    @Serdeable
    public record MechanismView(String code, @Nullable String scope, @Nullable LocalDate obtainedOn, @Nullable String evidenceRef,
                                @Nullable String reference, @Nullable String issuer, @Nullable LocalDate expiresOn, @Nullable String documentSha256,
                                String status, @Nullable String statusNote, @Nullable Instant verifiedAt) {

        static MechanismView of(HeldMechanism m, LocalDate today) {
            return new MechanismView(m.code().name(), m.scope(), m.obtainedOn(), m.evidenceRef(), m.evidenceRef(), m.issuer(), m.expiresOn(),
                    m.documentSha256(), statusOf(m, today), m.review() == null ? null : m.review().note(), verifiedAtOf(m));
        }
    }

    /** A certification with its evidence; {@code expired} says whether its day has passed, {@code status} whether it counts. */
    @Serdeable
    public record CertificationView(String code, LocalDate expiresOn, @Nullable String evidenceRef, boolean expired, @Nullable String reference,
                                    @Nullable String issuer, @Nullable LocalDate obtainedOn, @Nullable String documentSha256, String status,
                                    @Nullable String statusNote, @Nullable Instant verifiedAt) {

        static CertificationView of(HeldCertification c, LocalDate today) {
            return new CertificationView(c.code().name(), c.expiresOn(), c.evidenceRef(), c.isExpiredOn(today), c.evidenceRef(), c.issuer(),
                    c.obtainedOn(), c.documentSha256(), statusOf(c, today), c.review() == null ? null : c.review().note(), verifiedAtOf(c));
        }
    }

    static String statusOf(HeldEntry entry, LocalDate today) {
        return entry.statusOn(today).name();
    }

    static Instant verifiedAtOf(HeldEntry entry) {
        return entry.status() == EvidenceStatus.VERIFIED && entry.review() != null ? entry.review().decidedAt() : null;
    }

    @Serdeable
    public record OrganizationRef(String id, String name, @Nullable String nameZh, String jurisdiction) {

        public static OrganizationRef of(Organization o) {
            return new OrganizationRef(Views.idOf(o.id()), o.name(), o.nameZh(), o.jurisdiction().name());
        }
    }

    /**
     * A listing. Its owner and staff also see a change of the published listing waiting for staff
     * ({@code pendingRevision}), or the last one staff refused, with their reason ({@code revisionRejection});
     * the marketplace gives a listing to anyone else without them.
     */
    @Serdeable
    public record ListingView(String id, String type, String title, @Nullable String titleZh, @Nullable String summary,
                              @Nullable String description, @Nullable String descriptionZh, List<String> sectors, List<String> dataCategories,
                              List<String> directions, List<String> deliveryModes, List<String> tags, List<String> scenarioIds, String priceModel,
                              String status, @Nullable String rejectionReason, OrganizationRef organization, @Nullable Instant publishedAt,
                              Instant createdAt, Instant updatedAt, Integer version, @Nullable RevisionView pendingRevision,
                              @Nullable RevisionRejectionView revisionRejection) {

        public static ListingView of(Listing l, Organization organization) {
            return new ListingView(Views.idOf(l.id()), l.type().name(), l.title(), l.titleZh(), l.summary(), l.description(), l.descriptionZh(),
                    names(l.sectors()), names(l.dataCategories()), names(l.directions()), names(l.deliveryModes()), l.tags(),
                    l.scenarioIds().stream().map(String::valueOf).toList(), l.priceModel().name(), l.status().name(), l.rejectionReason(),
                    OrganizationRef.of(organization), l.publishedAt(), l.createdAt(), l.updatedAt(), l.version(),
                    l.hasPendingRevision() ? RevisionView.of(l.pendingRevision(), l.revisionSubmittedAt()) : null,
                    l.hasRejectedRevision() ? new RevisionRejectionView(l.revisionRejectionReason(),
                            RevisionView.of(l.pendingRevision(), l.revisionSubmittedAt())) : null);
        }
    }

    /** A listing's fields as its organisation proposed them, and when. */
    @Serdeable
    public record RevisionView(String type, String title, @Nullable String titleZh, @Nullable String summary, @Nullable String description,
                               @Nullable String descriptionZh, List<String> sectors, List<String> dataCategories, List<String> directions,
                               List<String> deliveryModes, List<String> tags, List<String> scenarioIds, String priceModel,
                               @Nullable Instant submittedAt) {

        static RevisionView of(ListingRevision r, Instant submittedAt) {
            return new RevisionView(r.type().name(), r.title(), r.titleZh(), r.summary(), r.description(), r.descriptionZh(), names(r.sectors()),
                    names(r.dataCategories()), names(r.directions()), names(r.deliveryModes()), r.tags(),
                    r.scenarioIds().stream().map(String::valueOf).toList(), r.priceModel().name(), submittedAt);
        }
    }

    /** Staff's reason for refusing a revision, and the revision they refused. */
    @Serdeable
    public record RevisionRejectionView(String reason, RevisionView revision) {
    }

    @Serdeable
    public record ListingChangeView(String action, String status, @Nullable String actorId, @Nullable String note,
                                    Map<String, ListingChange.FieldChange> changes, Instant at) {

        public static ListingChangeView of(ListingChange c) {
            return new ListingChangeView(c.action(), c.status().name(), Views.idOf(c.actorId()), c.note(), c.changes(), c.at());
        }
    }

    @Serdeable
    public record ScenarioView(String id, String title, @Nullable String titleZh, String description, @Nullable String descriptionZh,
                               List<String> sectors, String direction, List<String> dataCategories, Map<String, String> roles,
                               @Nullable String compliancePath, Integer version, @Nullable String listScenario) {

        public static ScenarioView of(Scenario s) {
            return new ScenarioView(Views.idOf(s.id()), s.title(), s.titleZh(), s.description(), s.descriptionZh(), names(s.sectors()),
                    s.direction().name(), names(s.dataCategories()), s.roles(), s.compliancePath(), s.version(), s.listScenario());
        }
    }

    static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
