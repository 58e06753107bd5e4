package dev.bridgehead.marketplace.scenario;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Sector;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Anyone reads scenarios; park staff write them. */
@Singleton
public class ScenarioService {

    private final ScenarioRepository scenarios;
    private final NegativeLists lists;

    ScenarioService(ScenarioRepository scenarios, NegativeLists lists) {
        this.scenarios = scenarios;
        this.lists = lists;
    }

    public Scenario get(Long id) {
        return scenarios.findById(id).orElseThrow(() -> new NotFound("Scenario " + id));
    }

    public Page<Scenario> list(int page, int size) {
        return scenarios.findAll(Pageable.from(page, size, Sort.of(Sort.Order.asc("id"))));
    }

    public long count() {
        return scenarios.count();
    }

    public List<Scenario> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : scenarios.findByIdIn(ids);
    }

    /** Whether every id names a scenario. */
    public boolean allExist(Collection<Long> ids) {
        return ids.isEmpty() || scenarios.findByIdIn(ids).size() == ids.stream().distinct().count();
    }

    /** The scenario ids typed into {@code field}, without repeats; each one that is not a number or not a scenario is an error. */
    public List<Long> checkedIds(InputCheck check, String field, List<String> given, int max) {
        List<Long> ids = new java.util.ArrayList<>();
        List<String> values = Objects.requireNonNullElse(given, List.of());
        check.maxItems(field, values, max);
        for (int i = 0; i < Math.min(values.size(), max); i++) {
            try {
                long id = Long.parseLong(Objects.requireNonNullElse(values.get(i), "").strip());
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (NumberFormatException e) {
                check.add(field + "[" + i + "]", "unknown-scenario", "is not a scenario id");
            }
        }
        if (!ids.isEmpty() && !allExist(ids)) {
            check.add(field, "unknown-scenario", "names a scenario that does not exist");
        }
        return ids;
    }

    @Transactional
    public Scenario create(Actor actor, ScenarioInput input) {
        requireStaff(actor);
        Scenario parsed = parse(input, null, null);
        return scenarios.save(parsed);
    }

    @Transactional
    public Scenario update(Actor actor, Long id, ScenarioInput input) {
        Integer version = input.version();
        requireStaff(actor);
        Scenario current = get(id);
        Scenario parsed = parse(input, current, version);
        if (!Objects.equals(current.version(), version)) {
            throw Conflict.staleVersion("Scenario " + id);
        }
        try {
            return scenarios.update(parsed);
        } catch (OptimisticLockException e) {
            throw Conflict.staleVersion("Scenario " + id);
        }
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff write scenarios");
        }
    }

    private Scenario parse(ScenarioInput input, Scenario current, Integer version) {
        InputCheck check = new InputCheck();
        if (current != null) {
            check.required("version", version);
        }
        check.required("title", input.title()).maxLength("title", input.title(), 200)
                .maxLength("titleZh", input.titleZh(), 200)
                .required("description", input.description()).maxLength("description", input.description(), 5000)
                .maxLength("descriptionZh", input.descriptionZh(), 5000)
                .required("sectors", input.sectors()).maxItems("sectors", input.sectors(), Sector.values().length)
                .required("direction", input.direction())
                .required("dataCategories", input.dataCategories())
                .maxLength("compliancePath", input.compliancePath(), 2000);
        List<Sector> sectors = check.codes("sectors", input.sectors(), Sector.class);
        Direction direction = check.code("direction", input.direction(), Direction.class);
        List<DataCategory> categories = check.codes("dataCategories", input.dataCategories(), DataCategory.class);
        Map<String, String> roles = new LinkedHashMap<>();
        Map<String, String> given = Objects.requireNonNullElse(input.roles(), Map.of());
        check.maxItems("roles", given.keySet(), Jurisdiction.values().length);
        given.forEach((side, text) -> {
            Jurisdiction jurisdiction = check.code("roles." + side, side, Jurisdiction.class);
            check.maxLength("roles." + side, text, 1000);
            if (jurisdiction != null && text != null && !text.isBlank()) {
                roles.put(jurisdiction.name(), text.strip());
            }
        });
        // Absent keeps the scenario's link (a client that does not know the field), empty removes it.
        String named = input.listScenario() == null && current != null ? current.listScenario() : input.listScenario();
        NegativeLists.Named listScenario = lists.checkNamed(check, "listScenario", "listScenario", named, List.of());
        check.that(listScenario.scenario() == null || direction == null || direction.oneWay().contains(Direction.CN_TO_SG), "listScenario",
                "not-an-export", "a negative list concerns data leaving China: the direction must be CN_TO_SG or BOTH");
        check.throwIfInvalid();
        return new Scenario(current == null ? null : current.id(), input.title().strip(), InputCheck.clean(input.titleZh()),
                input.description().strip(), InputCheck.clean(input.descriptionZh()), sectors, direction, categories, roles,
                InputCheck.clean(input.compliancePath()), current == null ? null : current.createdAt(), null, version, listScenario.scenario());
    }
}
