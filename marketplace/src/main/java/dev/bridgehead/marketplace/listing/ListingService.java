package dev.bridgehead.marketplace.listing;

import dev.bridgehead.marketplace.account.Actor;
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

/** Listings: who may see, write and move them through their life cycle; every change goes into the history. */
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

    /** A published listing for anyone; any other only for its organisation's members and staff. */
    public Listing get(Actor actor, Long id) {
        return listings.findById(id).filter(listing -> visibleTo(actor, listing)).orElseThrow(() -> new NotFound("Listing " + id));
    }

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
            Listing saved = listings.update(changed);
            record(actor, saved, "edited", null, differences(current, saved));
            return saved;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Listing " + id);
        }
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

    public Page<Listing> published(int page, int size) {
        return listings.findByStatus(ListingStatus.PUBLISHED, Pageable.from(page, size, Sort.of(Sort.Order.desc("publishedAt"))));
    }

    public Page<Listing> publishedOf(Long organizationId, int page, int size) {
        return listings.findByOrganizationIdAndStatus(organizationId, ListingStatus.PUBLISHED,
                Pageable.from(page, size, Sort.of(Sort.Order.desc("publishedAt"))));
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
            if (owner.verification() != Verification.VERIFIED) {
                throw new Conflict("The listing's organisation is not verified yet: verify it before publishing its listings");
            }
        }
        Listing moved = listings.update(current.withStatus(transition.to(), transition == Transition.REJECT ? reason : null,
                transition == Transition.PUBLISH ? clock.instant() : current.publishedAt()));
        record(actor, moved, transition.action(), reason, Map.of());
        audit.record(actor, "listing." + transition.action(), "listing", id, reason);
        return moved;
    }

    private static boolean visibleTo(Actor actor, Listing listing) {
        return listing.status() == ListingStatus.PUBLISHED || (actor != null && actor.mayActFor(listing.organizationId()));
    }

    private void record(Actor actor, Listing listing, String action, String note, Map<String, ListingChange.FieldChange> fieldChanges) {
        changes.save(new ListingChange(null, listing.id(), actor.userId(), action, listing.status(), note, fieldChanges, clock.instant()));
        outbox.listingChanged(listing.id());
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
                current == null ? null : current.publishedAt(), current == null ? null : current.createdAt(), null, version);
    }

    private static Map<String, ListingChange.FieldChange> differences(Listing before, Listing after) {
        Map<String, ListingChange.FieldChange> changed = new LinkedHashMap<>();
        compare(changed, "type", before.type(), after.type());
        compare(changed, "title", before.title(), after.title());
        compare(changed, "titleZh", before.titleZh(), after.titleZh());
        compare(changed, "summary", before.summary(), after.summary());
        compare(changed, "description", before.description(), after.description());
        compare(changed, "descriptionZh", before.descriptionZh(), after.descriptionZh());
        compare(changed, "sectors", before.sectors(), after.sectors());
        compare(changed, "dataCategories", before.dataCategories(), after.dataCategories());
        compare(changed, "directions", before.directions(), after.directions());
        compare(changed, "deliveryModes", before.deliveryModes(), after.deliveryModes());
        compare(changed, "tags", before.tags(), after.tags());
        compare(changed, "scenarioIds", before.scenarioIds(), after.scenarioIds());
        compare(changed, "priceModel", before.priceModel(), after.priceModel());
        return changed;
    }

    private static void compare(Map<String, ListingChange.FieldChange> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, new ListingChange.FieldChange(before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }
}
