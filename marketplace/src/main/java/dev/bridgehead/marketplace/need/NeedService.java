package dev.bridgehead.marketplace.need;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.ExemptionGround;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
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
import java.util.List;
import java.util.Objects;

/** Needs: members post, edit and close them for their organisation; staff may act on any. Every change queues a fresh matching. */
@Singleton
public class NeedService {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 40;
    static final int MAX_SCENARIOS = 10;
    /** More individuals than live on Earth is a typing mistake. */
    static final long MAX_SUBJECTS = 10_000_000_000L;

    private final NeedRepository needs;
    private final OrganizationRepository organizations;
    private final ScenarioService scenarios;
    private final AuditLog audit;
    private final Outbox outbox;
    private final NeedSectorRepository sectorRows;
    private final NegativeLists lists;

    NeedService(NeedRepository needs, OrganizationRepository organizations, ScenarioService scenarios, AuditLog audit, Outbox outbox,
                NeedSectorRepository sectorRows, NegativeLists lists) {
        this.lists = lists;
        this.needs = needs;
        this.sectorRows = sectorRows;
        this.organizations = organizations;
        this.scenarios = scenarios;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public Need create(Actor actor, NeedInput input) {
        if (actor == null || actor.organizationId() == null) {
            throw new NotAllowed("Only members of an organisation post needs");
        }
        Organization organization = organizations.findById(actor.organizationId()).orElseThrow(() -> new NotFound("Organisation"));
        if (organization.verification() == Verification.REJECTED) {
            throw new NotAllowed("A rejected organisation cannot post needs; ask park staff to review it again");
        }
        Need saved = needs.save(parse(input, null, actor.organizationId(), actor.userId(), null));
        writeSectors(saved);
        outbox.needChanged(saved.id());
        return saved;
    }

    /** A need, for its organisation's members and staff; anyone else learns nothing of it. */
    public Need get(Actor actor, Long id) {
        return needs.findById(id).filter(need -> actor != null && actor.mayActFor(need.organizationId()))
                .orElseThrow(() -> new NotFound("Need " + id));
    }

    @Transactional
    public Need update(Actor actor, Long id, NeedInput input) {
        Need current = get(actor, id);
        if (!current.isOpen()) {
            throw new Conflict("A closed need cannot be edited");
        }
        Need changed = parse(input, current, current.organizationId(), current.createdBy(), input.version());
        if (!Objects.equals(current.version(), input.version())) {
            throw Conflict.staleVersion("Need " + id);
        }
        try {
            Need saved = needs.update(changed);
            writeSectors(saved);
            outbox.needChanged(id);
            return saved;
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Need " + id);
        }
    }

    /** Closes the need: it is no longer matched, and suggestions not yet curated go. */
    @Transactional
    public Need close(Actor actor, Long id) {
        Need current = get(actor, id);
        if (!current.isOpen()) {
            throw new Conflict("The need is already closed");
        }
        Need closed = needs.update(current.withStatus(NeedStatus.CLOSED));
        audit.record(actor, "need.close", "need", id, null);
        outbox.needChanged(id);
        return closed;
    }

    private void writeSectors(Need need) {
        sectorRows.deleteOf(need.id());
        need.sectors().forEach(sector -> sectorRows.insert(need.id(), sector.name()));
    }

    /** Needs by id, for showing the seeker's side of matches to the people they concern; no permission check. */
    public java.util.Map<Long, Need> byIds(java.util.Collection<Long> ids) {
        java.util.Map<Long, Need> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            needs.findByIdIn(ids).forEach(need -> found.put(need.id(), need));
        }
        return found;
    }

    public Page<Need> ofOrganization(Actor actor, Long organizationId, int page, int size) {
        if (actor == null || !actor.mayActFor(organizationId)) {
            throw new NotFound("Organisation " + organizationId);
        }
        return needs.findByOrganizationId(organizationId, Pageable.from(page, size, Sort.of(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))));
    }

    private Need parse(NeedInput input, Need current, Long organizationId, Long createdBy, Integer version) {
        InputCheck check = new InputCheck();
        if (current != null) {
            check.required("version", version);
        }
        check.required("title", input.title()).maxLength("title", input.title(), 200)
                .maxLength("description", input.description(), 5_000)
                .required("sectors", input.sectors()).maxItems("sectors", input.sectors(), Sector.values().length)
                .required("dataCategories", input.dataCategories())
                .maxItems("dataCategories", input.dataCategories(), DataCategory.values().length)
                .required("direction", input.direction())
                .range("personalInfoSubjects", input.personalInfoSubjects(), 0, MAX_SUBJECTS)
                .range("sensitiveSubjects", input.sensitiveSubjects(), 0, MAX_SUBJECTS)
                .maxItems("requiredCertifications", input.requiredCertifications(), Certification.values().length);
        List<Sector> sectors = check.codes("sectors", input.sectors(), Sector.class);
        List<DataCategory> categories = check.codes("dataCategories", input.dataCategories(), DataCategory.class);
        Direction direction = check.code("direction", input.direction(), Direction.class);
        List<Certification> certifications = check.codes("requiredCertifications", input.requiredCertifications(), Certification.class);
        ExemptionGround ground = check.code("exemptionGround", input.exemptionGround(), ExemptionGround.class);
        long personal = Objects.requireNonNullElse(input.personalInfoSubjects(), 0L);
        long sensitive = Objects.requireNonNullElse(input.sensitiveSubjects(), 0L);
        check.that(personal <= 0 || categories.contains(DataCategory.PERSONAL), "personalInfoSubjects", "needs-category",
                "counts individuals whose personal information flows: add PERSONAL to the data categories, or enter 0");
        check.that(sensitive <= 0 || categories.contains(DataCategory.SENSITIVE_PERSONAL), "sensitiveSubjects", "needs-category",
                "counts individuals whose sensitive personal information flows: add SENSITIVE_PERSONAL to the data categories, or enter 0");
        boolean personalInfo = categories.contains(DataCategory.PERSONAL) || categories.contains(DataCategory.SENSITIVE_PERSONAL);
        check.that(ground == null || personalInfo, "exemptionGround", "needs-category",
                "an exemption ground applies to personal information: add PERSONAL or SENSITIVE_PERSONAL, or leave it empty");
        List<String> tags = check.labels("tags", input.tags(), MAX_TAGS, MAX_TAG_LENGTH);
        List<Long> scenarioIds = scenarios.checkedIds(check, "scenarioIds", input.scenarioIds(), MAX_SCENARIOS);
        boolean keepsItsList = current != null && input.listScenario() == null && input.listedItems() == null;
        NegativeLists.Named named = lists.checkNamed(check, "listScenario", "listedItems", listScenarioOf(input, current, scenarioIds),
                keepsItsList ? current.listedItems() : input.listedItems());
        check.that(named.scenario() == null || direction == null || direction.oneWay().contains(Direction.CN_TO_SG), "listScenario",
                "not-an-export", "a negative list concerns data leaving China: the direction must be CN_TO_SG or BOTH");
        check.throwIfInvalid();
        return new Need(current == null ? null : current.id(), organizationId, input.title().strip(), InputCheck.clean(input.description()),
                sectors, categories, direction, personal, sensitive, certifications, ground, Boolean.TRUE.equals(input.onGeneralList()), tags,
                scenarioIds, current == null ? NeedStatus.OPEN : current.status(), createdBy, current == null ? null : current.createdAt(), null,
                version, named.scenario(), named.items());
    }

    /**
     * The list scenario the need names: as given (an empty one names none); when none is given, a new
     * need takes the one its cooperation scenario points to, and an edited one keeps its own (with its
     * items, unless items are given).
     */
    private String listScenarioOf(NeedInput input, Need current, List<Long> scenarioIds) {
        if (input.listScenario() != null) {
            return input.listScenario();
        }
        if (current != null) {
            return current.listScenario();
        }
        return scenarioIds.isEmpty() ? null : scenarios.byIds(scenarioIds).stream().map(dev.bridgehead.marketplace.scenario.Scenario::listScenario)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
