package dev.bridgehead.marketplace.negativelist;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Mechanism;
import dev.bridgehead.marketplace.compliance.NegativeList;
import dev.bridgehead.marketplace.compliance.Regime;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.organization.RegistrationArea;
import dev.bridgehead.marketplace.outbox.Outbox;
import dev.bridgehead.marketplace.park.ParkSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The negative lists: their current versions for everyone, staff imports and switches (each
 * audited, each queuing a re-assessment of the open matches whose needs name a list scenario), the
 * comparison of two versions, and the check of the scenario and items a flow names.
 *
 * <p>Everything is read afresh from the database each time (two small queries for the regime), so every
 * node sees an import or a switch at once; the lists hold at most a few thousand items.
 */
@Singleton
public class NegativeLists {

    public static final String SUBJECT = "negative-list";
    static final int MAX_SCENARIOS = 200;
    static final int MAX_ITEMS = 2000;
    /** More items than any scenario of the published lists has. */
    static final int MAX_NAMED_ITEMS = 200;
    static final Set<Mechanism> ITEM_MECHANISMS = Set.of(Mechanism.CN_SECURITY_ASSESSMENT, Mechanism.CN_STANDARD_CONTRACT,
            Mechanism.CN_PI_CERTIFICATION);
    static final Set<DataCategory> ITEM_KINDS = Set.of(DataCategory.IMPORTANT, DataCategory.PERSONAL, DataCategory.SENSITIVE_PERSONAL);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,63}");
    static final String IN_FORCE_CHECKED = "negative-lists-in-force-checked-on";
    private static final Pattern SECTOR = Pattern.compile("[A-Z][A-Z_]{1,39}");

    private final ListStateRepository states;
    private final ListVersionRepository versions;
    private final ParkSettings park;
    private final dev.bridgehead.marketplace.park.ParkSettingRepository settings;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    NegativeLists(ListStateRepository states, ListVersionRepository versions, ParkSettings park,
                  dev.bridgehead.marketplace.park.ParkSettingRepository settings, AuditLog audit, Outbox outbox, Clock clock) {
        this.settings = settings;
        this.states = states;
        this.versions = versions;
        this.park = park;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Every list at its current version, switched on or off, by code. */
    public List<NegativeList> all() {
        return states.findAllOrderByCode().stream().map(state -> stored(state.code(), state.currentVersion()).asList(state.enabled())).toList();
    }

    public Optional<NegativeList> current(String code) {
        return states.findById(code).map(state -> stored(state.code(), state.currentVersion()).asList(state.enabled()));
    }

    /** A version of a list as it was imported; {@code enabled} tells whether it is the current version and switched on. */
    public Optional<NegativeList> version(String code, int version) {
        Optional<ListState> state = states.findById(code);
        return state.flatMap(s -> find(code, version)).map(v -> v.asList(state.get().enabled() && state.get().currentVersion() == version));
    }

    /** The version a verdict names as {@code code@version}; empty when it is not (or no longer) there. */
    public Optional<NegativeList> cited(String codeAtVersion) {
        int at = codeAtVersion.lastIndexOf('@');
        if (at < 1) {
            return Optional.empty();
        }
        try {
            return version(codeAtVersion.substring(0, at), Integer.parseInt(codeAtVersion.substring(at + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A version's import: when, by whom, with what note. */
    public record Imported(int version, Instant importedAt, @Nullable Long importedBy, @Nullable String note, int scenarios, int items) {
    }

    public List<Imported> history(String code) {
        return versions.findByCodeOrderByListVersionDesc(code).stream()
                .map(v -> new Imported(v.listVersion(), v.importedAt(), v.importedBy(), v.note(), v.scenarios().size(), v.items().size())).toList();
    }

    /** What verdicts depend on today besides the rule book: the general data list switch and the lists that are on. */
    public Regime regime() {
        return new Regime(park.generalListEnabled(), all().stream().filter(NegativeList::enabled).toList());
    }

    /** The lists (on, in force or coming) that could apply to an exporter registered in the area; every list when it is unknown. */
    public List<NegativeList> offeredTo(@Nullable RegistrationArea exporterArea) {
        return all().stream().filter(NegativeList::enabled).filter(list -> exporterArea == null || list.area().covers(exporterArea)).toList();
    }

    /** The scenario and items a flow names, checked: both known, every item of that scenario. */
    public record Named(@Nullable String scenario, List<String> items) {
        public static final Named NONE = new Named(null, List.of());
    }

    /** Checks what a need or a compliance check names; a scenario of any list's current version is known, whether on or off. */
    public Named checkNamed(InputCheck check, String scenarioField, String itemsField, @Nullable String scenario, @Nullable List<String> items) {
        String code = InputCheck.clean(scenario);
        List<String> given = items == null ? List.of() : items;
        if (given.size() > MAX_NAMED_ITEMS) {
            check.maxItems(itemsField, given, MAX_NAMED_ITEMS);
            return Named.NONE;
        }
        if (code == null) {
            check.that(given.isEmpty(), itemsField, "without-scenario", "name the list scenario (listScenario) the items belong to");
            return Named.NONE;
        }
        List<NegativeList> lists = all().stream().filter(list -> list.scenario(code).isPresent()).toList();
        if (lists.isEmpty()) {
            check.add(scenarioField, "unknown-scenario", "'" + abbreviate(code) + "' is not a scenario of any negative list");
            return Named.NONE;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String id = InputCheck.clean(given.get(i));
            boolean known = id != null && lists.stream().anyMatch(list -> list.item(id).filter(item -> item.scenario().equals(code)).isPresent());
            check.that(known, itemsField + "[" + i + "]", "unknown-item", "'" + abbreviate(id) + "' is not an item of scenario " + code);
            if (known && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return new Named(code, List.copyOf(ids));
    }

    /**
     * Imports a version of the list, or creates the list: a new version when anything but the switch
     * differs from the current one, a switch when only {@code enabled} does, nothing otherwise.
     */
    @Transactional
    public NegativeList put(Actor actor, String code, ListInput input) {
        requireStaff(actor);
        InputCheck check = new InputCheck();
        check.that(code != null && CODE.matcher(code).matches(), "code", "bad-format",
                "must be 2-64 capital letters, digits, '-', '_' or '.', starting with a letter or digit");
        check.that(input.code() == null || input.code().equals(code), "code", "does-not-match", "must be the code in the address");
        check.throwIfInvalid();
        Optional<ListState> state = states.findById(code);
        Boolean switchTo = switchOf(check, input.enabled());
        check.that(state.isEmpty() || input.version() != null, "version", "required",
                "is required to change a list: give the version you read, so that a newer import is not overwritten");
        check.throwIfInvalid();
        if (state.isPresent() && input.version() != state.get().currentVersion()) {
            throw Conflict.staleVersion("The list " + code);
        }
        if (input.onlySwitches()) {
            if (state.isEmpty()) {
                throw dev.bridgehead.marketplace.failure.InvalidInput.of("scenarios", "required",
                        "is required: a new list needs its name, area, source, effectiveFrom and scenarios");
            }
            return switchTo(actor, state.get(), switchTo, input.note());
        }
        ListVersion candidate = validated(code, input, state.map(ListState::currentVersion).orElse(0) + 1, actor);
        boolean enabled = switchTo != null ? switchTo : state.map(ListState::enabled).orElse(true);
        if (state.isPresent()) {
            ListVersion current = stored(code, state.get().currentVersion());
            if (sameContent(current, candidate)) {
                return enabled == state.get().enabled() ? current.asList(enabled) : switchTo(actor, state.get(), enabled, input.note());
            }
        }
        ListVersion saved;
        Instant now = clock.instant();
        try {
            saved = versions.save(candidate);
            if (state.isPresent()) {
                states.update(new ListState(code, saved.listVersion(), enabled, now, actor.userId(), state.get().version()));
            } else {
                states.save(new ListState(code, saved.listVersion(), enabled, now, actor.userId(), null));
            }
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // Another import of the same list won the race (the same version number, or the list created meanwhile).
            throw Conflict.staleVersion("The list " + code);
        }
        Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
        AuditLog.compare(changes, "version", state.map(ListState::currentVersion).orElse(null), saved.listVersion());
        AuditLog.compare(changes, "enabled", state.map(ListState::enabled).orElse(null), enabled);
        audit.record(actor, "list.imported", SUBJECT, saved.id(), code + " version " + saved.listVersion()
                + (saved.note() == null ? "" : ": " + saved.note()), changes);
        outbox.listsChanged();
        return saved.asList(enabled);
    }

    /** Switches the list on or off. */
    @Transactional
    public NegativeList setEnabled(Actor actor, String code, boolean enabled, @Nullable Integer expectedVersion, @Nullable String note) {
        requireStaff(actor);
        ListState state = states.findById(code).orElseThrow(() -> new NotFound("Negative list " + code));
        if (expectedVersion != null && expectedVersion != state.currentVersion()) {
            throw Conflict.staleVersion("The list " + code);
        }
        return switchTo(actor, state, enabled, note);
    }

    /** {@code enabled} as sent: true or false, null when absent; anything else is an error, never read as false. */
    private static Boolean switchOf(InputCheck check, @Nullable Object enabled) {
        if (enabled == null || enabled instanceof Boolean) {
            return (Boolean) enabled;
        }
        check.add("enabled", "not-a-boolean", "must be true or false");
        return null;
    }

    private NegativeList switchTo(Actor actor, ListState state, boolean enabled, @Nullable String note) {
        ListVersion current = stored(state.code(), state.currentVersion());
        if (state.enabled() == enabled) {
            return current.asList(enabled);
        }
        try {
            states.update(new ListState(state.code(), state.currentVersion(), enabled, clock.instant(), actor.userId(), state.version()));
        } catch (io.micronaut.data.exceptions.OptimisticLockException e) {
            throw Conflict.staleVersion("The list " + state.code());
        }
        audit.record(actor, enabled ? "list.enabled" : "list.disabled", SUBJECT, current.id(), state.code() + " version " + state.currentVersion()
                + (InputCheck.clean(note) == null ? "" : ": " + InputCheck.clean(note)));
        outbox.listsChanged();
        return current.asList(enabled);
    }

    /** Two versions of a list compared item by item. */
    public ListComparison compare(String code, int from, int to) {
        ListVersion before = find(code, from).orElseThrow(() -> new NotFound("Version " + from + " of negative list " + code));
        ListVersion after = find(code, to).orElseThrow(() -> new NotFound("Version " + to + " of negative list " + code));
        List<ListComparison.FieldChange> list = new ArrayList<>();
        field(list, "name", before.name(), after.name());
        field(list, "nameZh", before.nameZh(), after.nameZh());
        field(list, "area", before.area(), after.area());
        field(list, "source", before.source(), after.source());
        field(list, "effectiveFrom", before.effectiveFrom(), after.effectiveFrom());
        field(list, "publishedItemCount", before.publishedItemCount(), after.publishedItemCount());
        List<ListComparison.Difference> scenarios = differences(before.scenarios(), after.scenarios(), NegativeList.Scenario::code,
                NegativeList.Scenario::name, NegativeList.Scenario::nameZh, (a, b) -> {
                    List<ListComparison.FieldChange> fields = new ArrayList<>();
                    field(fields, "sector", a.sector(), b.sector());
                    field(fields, "name", a.name(), b.name());
                    field(fields, "nameZh", a.nameZh(), b.nameZh());
                    field(fields, "source", a.source(), b.source());
                    return fields;
                });
        List<ListComparison.Difference> items = differences(before.items(), after.items(), NegativeList.Item::id, NegativeList.Item::name,
                NegativeList.Item::nameZh, (a, b) -> {
                    List<ListComparison.FieldChange> fields = new ArrayList<>();
                    field(fields, "scenario", a.scenario(), b.scenario());
                    field(fields, "name", a.name(), b.name());
                    field(fields, "nameZh", a.nameZh(), b.nameZh());
                    field(fields, "kind", a.kind(), b.kind());
                    field(fields, "mechanism", a.mechanism(), b.mechanism());
                    field(fields, "fromSubjects", a.fromSubjects(), b.fromSubjects());
                    field(fields, "source", a.source(), b.source());
                    return fields;
                });
        return new ListComparison(code, from, to, list, scenarios, items);
    }

    private interface Fields<T> {
        List<ListComparison.FieldChange> between(T before, T after);
    }

    private static <T> List<ListComparison.Difference> differences(List<T> before, List<T> after, Function<T, String> id, Function<T, String> name,
                                                                  Function<T, String> nameZh, Fields<T> fields) {
        Map<String, T> old = before.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, T> fresh = after.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<ListComparison.Difference> differences = new ArrayList<>();
        old.forEach((key, value) -> {
            if (!fresh.containsKey(key)) {
                differences.add(new ListComparison.Difference(key, "REMOVED", name.apply(value), nameZh.apply(value), List.of()));
            } else {
                List<ListComparison.FieldChange> changed = fields.between(value, fresh.get(key));
                if (!changed.isEmpty()) {
                    T now = fresh.get(key);
                    differences.add(new ListComparison.Difference(key, "CHANGED", name.apply(now), nameZh.apply(now), changed));
                }
            }
        });
        fresh.forEach((key, value) -> {
            if (!old.containsKey(key)) {
                differences.add(new ListComparison.Difference(key, "ADDED", name.apply(value), nameZh.apply(value), List.of()));
            }
        });
        return differences;
    }

    private static void field(List<ListComparison.FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new ListComparison.FieldChange(field, before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    /**
     * Queues a re-assessment when a list that is on came into force since the last look (kept as a park
     * setting, so that a day is handled once whichever node looks); returns the lists that did.
     */
    @Transactional
    public List<String> cameIntoForce(LocalDate today) {
        LocalDate lastLook = settings.findById(IN_FORCE_CHECKED).map(setting -> LocalDate.parse(setting.value())).orElse(null);
        if (today.equals(lastLook)) {
            return List.of();
        }
        List<String> started = all().stream().filter(NegativeList::enabled)
                .filter(list -> !list.effectiveFrom().isAfter(today) && (lastLook == null || list.effectiveFrom().isAfter(lastLook)))
                .map(NegativeList::code).toList();
        dev.bridgehead.marketplace.park.ParkSetting look = new dev.bridgehead.marketplace.park.ParkSetting(IN_FORCE_CHECKED, today.toString(),
                clock.instant());
        if (lastLook == null) {
            settings.save(look);
        } else {
            settings.update(look);
        }
        if (lastLook == null) {
            return List.of(); // the first look: verdicts made so far already saw the lists in force today
        }
        if (!started.isEmpty()) {
            outbox.listsChanged();
        }
        return started;
    }

    /** Stores a shipped list unless a list with its code exists (on another node, or imported by staff before). */
    @Transactional
    boolean ship(ListInput input) {
        if (states.existsById(input.code())) {
            return false;
        }
        ListVersion saved = versions.save(validated(input.code(), input, 1, null));
        boolean enabled = !Boolean.FALSE.equals(input.enabled());
        states.save(new ListState(input.code(), 1, enabled, clock.instant(), null, null));
        audit.recordSystem("list.shipped", SUBJECT, saved.id(), input.code() + " version 1, as shipped with Bridgehead");
        outbox.listsChanged();
        return true;
    }

    private ListVersion validated(String code, ListInput input, int version, @Nullable Actor actor) {
        InputCheck check = new InputCheck();
        check.required("name", input.name()).maxLength("name", input.name(), 300).required("nameZh", input.nameZh())
                .maxLength("nameZh", input.nameZh(), 300).required("area", input.area()).required("source", input.source())
                .maxLength("source", input.source(), 4000).required("effectiveFrom", input.effectiveFrom())
                .required("scenarios", input.scenarios()).maxItems("scenarios", input.scenarios(), MAX_SCENARIOS)
                .maxItems("items", input.items(), MAX_ITEMS).maxLength("note", input.note(), 1000)
                .range("publishedItemCount", input.publishedItemCount() == null ? null : input.publishedItemCount().longValue(), 0, 100_000);
        NegativeList.Area area = check.code("area", input.area(), NegativeList.Area.class);
        LocalDate effectiveFrom = null;
        if (input.effectiveFrom() != null && !input.effectiveFrom().isBlank()) {
            try {
                effectiveFrom = LocalDate.parse(input.effectiveFrom().strip());
            } catch (DateTimeParseException e) {
                check.add("effectiveFrom", "bad-date", "must be a day as YYYY-MM-DD");
            }
        }
        List<NegativeList.Scenario> scenarios = new ArrayList<>();
        Set<String> scenarioCodes = new HashSet<>();
        List<ListInput.ScenarioInput> givenScenarios = input.scenarios() == null ? List.of() : input.scenarios();
        for (int i = 0; i < givenScenarios.size() && i < MAX_SCENARIOS; i++) {
            ListInput.ScenarioInput s = givenScenarios.get(i);
            String field = "scenarios[" + i + "]";
            if (s == null) {
                check.add(field, "required", "is required");
                continue;
            }
            String scenarioCode = InputCheck.clean(s.code());
            check.required(field + ".code", scenarioCode).required(field + ".sector", s.sector()).required(field + ".name", s.name())
                    .maxLength(field + ".name", s.name(), 300).required(field + ".nameZh", s.nameZh()).maxLength(field + ".nameZh", s.nameZh(), 300)
                    .maxLength(field + ".source", s.source(), 2000);
            check.that(scenarioCode == null || CODE.matcher(scenarioCode).matches(), field + ".code", "bad-format",
                    "must be 2-64 capital letters, digits, '-', '_' or '.'");
            check.that(s.sector() == null || SECTOR.matcher(s.sector().strip()).matches(), field + ".sector", "bad-format",
                    "must be 2-40 capital letters or '_', e.g. SHIPPING");
            check.that(scenarioCode == null || scenarioCodes.add(scenarioCode), field + ".code", "duplicate", "appears twice in the list");
            if (check.isValid()) {
                scenarios.add(new NegativeList.Scenario(scenarioCode, s.sector().strip(), s.name().strip(), s.nameZh().strip(),
                        InputCheck.clean(s.source())));
            }
        }
        List<NegativeList.Item> items = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        List<ListInput.ItemInput> givenItems = input.items() == null ? List.of() : input.items();
        for (int i = 0; i < givenItems.size() && i < MAX_ITEMS; i++) {
            ListInput.ItemInput item = givenItems.get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                check.add(field, "required", "is required");
                continue;
            }
            String id = InputCheck.clean(item.id());
            check.required(field + ".id", id).required(field + ".scenario", item.scenario()).required(field + ".name", item.name())
                    .maxLength(field + ".name", item.name(), 500).required(field + ".nameZh", item.nameZh())
                    .maxLength(field + ".nameZh", item.nameZh(), 500).required(field + ".kind", item.kind())
                    .required(field + ".mechanism", item.mechanism()).maxLength(field + ".source", item.source(), 2000)
                    .range(field + ".fromSubjects", item.fromSubjects(), 1, 10_000_000_000L);
            check.that(id == null || CODE.matcher(id).matches(), field + ".id", "bad-format", "must be 2-64 capital letters, digits, '-', '_' or '.'");
            check.that(id == null || itemIds.add(id), field + ".id", "duplicate", "appears twice in the list");
            check.that(item.scenario() == null || scenarioCodes.contains(item.scenario().strip()), field + ".scenario", "unknown-scenario",
                    "must be the code of one of the list's scenarios");
            DataCategory kind = check.code(field + ".kind", item.kind(), DataCategory.class);
            Mechanism mechanism = check.code(field + ".mechanism", item.mechanism(), Mechanism.class);
            check.that(kind == null || ITEM_KINDS.contains(kind), field + ".kind", "not-a-list-kind", "must be IMPORTANT, PERSONAL or SENSITIVE_PERSONAL");
            check.that(mechanism == null || ITEM_MECHANISMS.contains(mechanism), field + ".mechanism", "not-a-list-mechanism",
                    "must be CN_SECURITY_ASSESSMENT, CN_STANDARD_CONTRACT or CN_PI_CERTIFICATION");
            check.that(kind != DataCategory.IMPORTANT || mechanism == null || mechanism == Mechanism.CN_SECURITY_ASSESSMENT, field + ".mechanism",
                    "important-data", "important data leaves China only after a security assessment: must be CN_SECURITY_ASSESSMENT");
            if (check.isValid()) {
                items.add(new NegativeList.Item(id, item.scenario().strip(), item.name().strip(), item.nameZh().strip(), kind, mechanism,
                        item.fromSubjects(), InputCheck.clean(item.source())));
            }
        }
        check.throwIfInvalid();
        return new ListVersion(null, code, version, input.name().strip(), input.nameZh().strip(), area, input.source().strip(), effectiveFrom,
                input.publishedItemCount(), List.copyOf(scenarios), List.copyOf(items), InputCheck.clean(input.note()), clock.instant(),
                actor == null ? null : actor.userId());
    }

    private static boolean sameContent(ListVersion a, ListVersion b) {
        return a.name().equals(b.name()) && a.nameZh().equals(b.nameZh()) && a.area() == b.area() && a.source().equals(b.source())
                && a.effectiveFrom().equals(b.effectiveFrom()) && Objects.equals(a.publishedItemCount(), b.publishedItemCount())
                && a.scenarios().equals(b.scenarios()) && a.items().equals(b.items());
    }

    private ListVersion stored(String code, int version) {
        return find(code, version).orElseThrow(() -> new IllegalStateException("Negative list " + code + " has no version " + version));
    }

    private Optional<ListVersion> find(String code, int version) {
        return versions.findByCodeAndListVersion(code, version);
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff import and switch negative lists");
        }
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
