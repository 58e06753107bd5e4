package dev.bridgehead.marketplace.listing;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.marketplace.organization.Verification;
import dev.bridgehead.marketplace.outbox.Outbox;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Listings: who may see, write and move them through their life cycle; every change goes into the
 * history and the audit log. An edit of a published listing is a revision that waits for staff: the
 * live version, and so search and matching, stay as staff last saw them until staff publish it.
 */
@Singleton
public class ListingService {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 40;
    static final int MAX_SCENARIOS = 10;

    private final ListingRepository listings;
    private final ListingChangeRepository changes;
    private final OrganizationRepository organizations;
    private final ScenarioService scenarios;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    ListingService(ListingRepository listings, ListingChangeRepository changes, OrganizationRepository organizations, ScenarioService scenarios,
                   AuditLog audit, Outbox outbox, Clock clock) {
        this.listings = listings;
        this.changes = changes;
        this.organizations = organizations;
        this.scenarios = scenarios;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new draft of the actor's organisation. */
    @Transactional
    public Listing create(Actor actor, ListingInput input) {
        if (actor == null || actor.organizationId() == null) {
            throw new NotAllowed("Only members of an organisation create listings");
        }
        Listing draft = parse(input, null, actor.organizationId(), ListingStatus.DRAFT, null);
        Listing saved = listings.save(draft);
        record(actor, saved, "created", null, Map.of());
        return saved;
    }

    /**
     * A published listing of a public organisation for anyone, without its revision; any other, and
     * the revision, only for its organisation's members and staff.
     */
    public Listing get(Actor actor, Long id) {
        return listings.findById(id).filter(listing -> visibleTo(actor, listing)).map(listing -> asSeenBy(actor, listing))
                .orElseThrow(() -> new NotFound("Listing " + id));
    }

    /**
     * Changes a listing. A published one keeps its live version and gets the change as a pending
     * revision instead, replacing any earlier one; a change back to the live version withdraws it.
     * Any other is changed in place, and a revision left over from when it was published is dropped.
     */
    @Transactional
    public Listing update(Actor actor, Long id, ListingInput input) {
        Integer version = input.version();
        Listing current = get(actor, id);
        if (!actor.mayActFor(current.organizationId())) {
            throw new NotAllowed("Only the listing's organisation and park staff edit it");
        }
        Listing changed = parse(input, current, current.organizationId(), current.status(), version);
        if (!Objects.equals(current.version(), version)) {
            throw Conflict.staleVersion("Listing " + id);
        }
        try {
            return current.status() == ListingStatus.PUBLISHED ? propose(actor, current, changed.live()) : edit(actor, current, changed);
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Listing " + id);
        }
    }

    /** Staff make a published listing's pending revision its live version; search and matching follow. */
    @Transactional
    public Listing publishRevision(Actor actor, Long id, Integer version) {
        Listing current = pendingRevision(actor, id, version);
        Map<String, AuditEntry.FieldChange> changed = ListingRevision.differences(current.live(), current.pendingRevision());
        try {
            Listing published = listings.update(current.withContent(current.pendingRevision()));
            record(actor, published, "revision-publish", null, changed);
            audit.recordEdit(actor, "listing.revision-publish", "listing", id, changed);
            return published;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Listing " + id);
        }
    }

    /** Staff refuse a published listing's pending revision with a reason for its owner; the live version stays. */
    @Transactional
    public Listing rejectRevision(Actor actor, Long id, String reason, Integer version) {
        InputCheck check = new InputCheck();
        check.required("reason", reason).maxLength("reason", reason, 1000);
        check.throwIfInvalid();
        Listing current = pendingRevision(actor, id, version);
        try {
            Listing refused = listings.update(current.withRevision(current.pendingRevision(), current.revisionSubmittedAt(), reason.strip()));
            addToHistory(actor, refused, "revision-reject", reason.strip(), Map.of());
            audit.record(actor, "listing.revision-reject", "listing", id, reason.strip());
            return refused;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Listing " + id);
        }
    }

    /** Published listings whose revisions wait for staff, the longest waiting first. */
    public Page<Listing> awaitingRevisionReview(Actor actor, int page, int size) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff moderate listings");
        }
        return listings.findByStatusAndRevisionSubmittedAtIsNotNullAndRevisionRejectionReasonIsNull(ListingStatus.PUBLISHED,
                Pageable.from(page, size, Sort.of(Sort.Order.asc("revisionSubmittedAt"))));
    }

    @Transactional
    public Listing submit(Actor actor, Long id) {
        return move(actor, id, Transition.SUBMIT, null);
    }

    @Transactional
    public Listing publish(Actor actor, Long id) {
        return move(actor, id, Transition.PUBLISH, null);
    }

    @Transactional
    public Listing unpublish(Actor actor, Long id) {
        return move(actor, id, Transition.UNPUBLISH, null);
    }

    @Transactional
    public Listing reject(Actor actor, Long id, String reason) {
        InputCheck check = new InputCheck();
        check.required("reason", reason).maxLength("reason", reason, 1000);
        check.throwIfInvalid();
        return move(actor, id, Transition.REJECT, reason.strip());
    }

    public Page<Listing> ofOrganization(Actor actor, Long organizationId, int page, int size) {
        if (actor == null || !actor.mayActFor(organizationId)) {
            throw new NotFound("Organisation " + organizationId);
        }
        return listings.findByOrganizationId(organizationId, Pageable.from(page, size, Sort.of(Sort.Order.desc("updatedAt"))));
    }

    public Page<Listing> awaitingModeration(Actor actor, int page, int size) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff moderate listings");
        }
        return listings.findByStatus(ListingStatus.SUBMITTED, Pageable.from(page, size, Sort.of(Sort.Order.asc("updatedAt"))));
    }

    /** The public catalogue: published listings of public organisations, newest first. */
    public Page<Listing> published(int page, int size) {
        return listings.findPublished(Verification.publicStates().stream().map(Enum::name).toList(), Pageable.from(page, size))
                .map(listing -> asSeenBy(null, listing));
    }

    /** A public organisation's published listings; none for any other. */
    public Page<Listing> publishedOf(Long organizationId, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("publishedAt")));
        if (!organizations.findById(organizationId).map(o -> o.verification().isPublic()).orElse(false)) {
            return Page.of(List.of(), pageable, 0L);
        }
        return listings.findByOrganizationIdAndStatus(organizationId, ListingStatus.PUBLISHED, pageable).map(listing -> asSeenBy(null, listing));
    }

    /**
     * Listings by id, whatever their state, for showing the two sides of a match to the people it
     * concerns; no permission check, so callers show only what the match already reveals.
     */
    public Map<Long, Listing> byIds(java.util.Collection<Long> ids) {
        Map<Long, Listing> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            listings.findByIdIn(ids).forEach(listing -> found.put(listing.id(), listing));
        }
        return found;
    }

    public long countPublished() {
        return listings.countByStatus(ListingStatus.PUBLISHED);
    }

    /** The listing's history, newest first, for its organisation and staff. */
    public List<ListingChange> history(Actor actor, Long id) {
        Listing listing = get(actor, id);
        if (actor == null || !actor.mayActFor(listing.organizationId())) {
            throw new NotFound("Listing " + id);
        }
        return changes.findByListingIdOrderByIdDesc(id);
    }

    private Listing move(Actor actor, Long id, Transition transition, String reason) {
        Listing current = get(actor, id);
        if (!transition.allowedFor(actor, current.organizationId())) {
            throw new NotAllowed(switch (transition) {
                case SUBMIT -> "Only the listing's organisation submits it";
                case PUBLISH, REJECT -> "Only park staff publish or reject listings";
                case UNPUBLISH -> "Only the listing's organisation and park staff unpublish it";
            });
        }
        if (!transition.startsFrom(current.status())) {
            throw new Conflict("A " + current.status() + " listing cannot be moved by '" + transition.action() + "'");
        }
        if (transition == Transition.PUBLISH) {
            Organization owner = organizations.findById(current.organizationId()).orElseThrow();
            if (!owner.verification().isPublic()) {
                throw new Conflict("The listing's organisation is not verified yet: verify it before publishing its listings");
            }
        }
        Listing moved = listings.update(current.withStatus(transition.to(), transition == Transition.REJECT ? reason : null,
                transition == Transition.PUBLISH ? clock.instant() : current.publishedAt()));
        record(actor, moved, transition.action(), reason, Map.of());
        audit.record(actor, "listing." + transition.action(), "listing", id, reason);
        return moved;
    }

    /** A change in place, of a listing that is not live: search and matching follow it. */
    private Listing edit(Actor actor, Listing current, Listing changed) {
        Listing saved = listings.update(changed);
        Map<String, AuditEntry.FieldChange> fields = ListingRevision.differences(current.live(), saved.live());
        record(actor, saved, "edited", null, fields);
        audit.recordEdit(actor, "listing.edit", "listing", saved.id(), fields);
        return saved;
    }

    /** A revision of a published listing: stored beside the live version, which search and matching keep seeing. */
    private Listing propose(Actor actor, Listing current, ListingRevision proposed) {
        Map<String, AuditEntry.FieldChange> fields = ListingRevision.differences(current.live(), proposed);
        if (fields.isEmpty()) {
            if (current.pendingRevision() == null) {
                return current;
            }
            Listing withdrawn = listings.update(current.withRevision(null, null, null));
            addToHistory(actor, withdrawn, "revision-withdraw", null, Map.of());
            audit.record(actor, "listing.revision-withdraw", "listing", current.id(), null);
            return withdrawn;
        }
        Listing saved = listings.update(current.withRevision(proposed, clock.instant(), null));
        addToHistory(actor, saved, "revision", null, fields);
        audit.recordEdit(actor, "listing.revision", "listing", saved.id(), fields);
        return saved;
    }

    /** The listing whose pending revision staff decide on, read at {@code version} when the caller says which. */
    private Listing pendingRevision(Actor actor, Long id, Integer version) {
        Listing current = get(actor, id);
        if (!actor.isStaff()) {
            throw new NotAllowed("Only park staff publish or reject a listing's changes");
        }
        if (version != null && !Objects.equals(current.version(), version)) {
            throw Conflict.staleVersion("Listing " + id);
        }
        if (current.status() != ListingStatus.PUBLISHED || !current.hasPendingRevision()) {
            throw new Conflict("Listing " + id + " has no changes waiting for review");
        }
        return current;
    }

    private boolean visibleTo(Actor actor, Listing listing) {
        if (actor != null && actor.mayActFor(listing.organizationId())) {
            return true;
        }
        return listing.status() == ListingStatus.PUBLISHED
                && organizations.findById(listing.organizationId()).map(o -> o.verification().isPublic()).orElse(false);
    }

    /** A revision is its organisation's and staff's business until it is published. */
    private static Listing asSeenBy(Actor actor, Listing listing) {
        return actor != null && actor.mayActFor(listing.organizationId()) ? listing : listing.withRevision(null, null, null);
    }

    /** A change to what search and matching see: into the history and the outbox. */
    private void record(Actor actor, Listing listing, String action, String note, Map<String, AuditEntry.FieldChange> fieldChanges) {
        addToHistory(actor, listing, action, note, fieldChanges);
        outbox.listingChanged(listing.id());
    }

    private void addToHistory(Actor actor, Listing listing, String action, String note, Map<String, AuditEntry.FieldChange> fieldChanges) {
        Map<String, ListingChange.FieldChange> asHistory = new LinkedHashMap<>();
        fieldChanges.forEach((field, change) -> asHistory.put(field, new ListingChange.FieldChange(change.before(), change.after())));
        changes.save(new ListingChange(null, listing.id(), actor.userId(), action, listing.status(), note, asHistory, clock.instant()));
    }

    private Listing parse(ListingInput input, Listing current, Long organizationId, ListingStatus status, Integer version) {
        InputCheck check = new InputCheck();
        if (current != null) {
            check.required("version", version);
        }
        check.required("type", input.type())
                .required("title", input.title()).maxLength("title", input.title(), 200)
                .maxLength("titleZh", input.titleZh(), 200)
                .maxLength("summary", input.summary(), 500)
                .maxLength("description", input.description(), 10_000)
                .maxLength("descriptionZh", input.descriptionZh(), 10_000)
                .required("sectors", input.sectors()).maxItems("sectors", input.sectors(), Sector.values().length)
                .required("dataCategories", input.dataCategories())
                .maxItems("dataCategories", input.dataCategories(), DataCategory.values().length)
                .required("directions", input.directions()).maxItems("directions", input.directions(), 2)
                .maxItems("deliveryModes", input.deliveryModes(), DeliveryMode.values().length)
                .required("priceModel", input.priceModel());
        ListingType type = check.code("type", input.type(), ListingType.class);
        List<Sector> sectors = check.codes("sectors", input.sectors(), Sector.class);
        List<DataCategory> categories = check.codes("dataCategories", input.dataCategories(), DataCategory.class);
        List<Direction> directions = check.codes("directions", input.directions(), Direction.class);
        check.that(!directions.contains(Direction.BOTH), "directions", "unknown-code", "name each direction: CN_TO_SG, SG_TO_CN");
        List<DeliveryMode> modes = check.codes("deliveryModes", input.deliveryModes(), DeliveryMode.class);
        PriceModel price = check.code("priceModel", input.priceModel(), PriceModel.class);
        List<String> tags = check.labels("tags", input.tags(), MAX_TAGS, MAX_TAG_LENGTH);
        List<Long> scenarioIds = scenarios.checkedIds(check, "scenarioIds", input.scenarioIds(), MAX_SCENARIOS);
        check.throwIfInvalid();
        return new Listing(current == null ? null : current.id(), organizationId, type, input.title().strip(), InputCheck.clean(input.titleZh()),
                InputCheck.clean(input.summary()), InputCheck.clean(input.description()), InputCheck.clean(input.descriptionZh()), sectors,
                categories, directions, modes, tags, scenarioIds, price, status, current == null ? null : current.rejectionReason(),
                current == null ? null : current.publishedAt(), null, null, null, current == null ? null : current.createdAt(), null, version);
    }
}
