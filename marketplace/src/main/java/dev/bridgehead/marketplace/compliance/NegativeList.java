package dev.bridgehead.marketplace.compliance;

import dev.bridgehead.marketplace.organization.RegistrationArea;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a Shanghai data-export negative list (COMPLIANCE.md, "Negative lists"): the area
 * it covers, the day it takes effect, its scenarios and the data items listed under each, each item
 * with the mechanism it requires. Data outside the list that a covered exporter sends abroad in a
 * listed scenario needs no security assessment, standard contract or certification (rule NL-1).
 *
 * @param code               the list's code, stable across versions
 * @param version            Bridgehead's version of the list: every import is a new one
 * @param source             the published text this version restates
 * @param enabled            staff switch a list off while it is suspended or being corrected
 * @param publishedItemCount how many items the published text has (null when unknown), to say on the page how many are not here
 */
@Serdeable
public record NegativeList(String code, int version, String name, String nameZh, Area area, String source, LocalDate effectiveFrom,
                           boolean enabled, @Nullable Integer publishedItemCount, List<Scenario> scenarios, List<Item> items) {

    /** The exporter's registration areas a list covers. Codes are part of the API. */
    public enum Area {
        /** The Shanghai pilot free trade zone, the Lingang Special Area included. */
        SHANGHAI_FTZ_LINGANG(EnumSet.of(RegistrationArea.LINGANG, RegistrationArea.SHANGHAI_FTZ)),
        /** Anywhere in Shanghai. */
        SHANGHAI_CITYWIDE(EnumSet.of(RegistrationArea.LINGANG, RegistrationArea.SHANGHAI_FTZ, RegistrationArea.SHANGHAI));

        private final Set<RegistrationArea> covered;

        Area(Set<RegistrationArea> covered) {
            this.covered = covered;
        }

        public boolean covers(@Nullable RegistrationArea area) {
            return area != null && covered.contains(area);
        }

        /** The registration areas it covers, in their order. */
        public List<RegistrationArea> covered() {
            return List.copyOf(covered);
        }
    }

    /**
     * A situation the list describes (international shipping: port operations).
     *
     * @param source where the scenario is cited from
     */
    @Serdeable
    public record Scenario(String code, String sector, String name, String nameZh, @Nullable String source) {
    }

    /**
     * A data item on the list.
     *
     * @param kind         IMPORTANT, PERSONAL or SENSITIVE_PERSONAL
     * @param mechanism    what exporting it requires: a CAC security assessment, or (for personal information) a standard
     *                     contract or a PI certification, either of which will do
     * @param fromSubjects the item needs its mechanism only once the exporter's year (this flow included) reaches this many
     *                     individuals of the item's kind; null: from the first
     * @param source       where the item is cited from
     */
    @Serdeable
    public record Item(String id, String scenario, String name, String nameZh, DataCategory kind, Mechanism mechanism,
                       @Nullable Long fromSubjects, @Nullable String source) {

        /** Whether the item requires its mechanism for this flow, given the year's counts of its kind. */
        public boolean requiredFor(Flow flow) {
            if (fromSubjects == null) {
                return true;
            }
            long count = switch (kind) {
                case PERSONAL -> flow.personalThisYear();
                case SENSITIVE_PERSONAL -> flow.sensitiveThisYear();
                default -> flow.personalThisYear() + flow.sensitiveThisYear();
            };
            return count >= fromSubjects;
        }
    }

    /** A list version as a verdict cites it. */
    @Serdeable
    public record Ref(String code, int version) {
        @Override
        public String toString() {
            return code + "@" + version;
        }
    }

    public Ref ref() {
        return new Ref(code, version);
    }

    /** Whether the list is on and in force on the day for an exporter registered in the area. */
    public boolean appliesTo(@Nullable RegistrationArea exporterArea, LocalDate on) {
        return enabled && !on.isBefore(effectiveFrom) && area.covers(exporterArea);
    }

    public Optional<Scenario> scenario(String scenarioCode) {
        return scenarios.stream().filter(s -> s.code().equals(scenarioCode)).findFirst();
    }

    public List<Item> itemsOf(String scenarioCode) {
        return items.stream().filter(item -> item.scenario().equals(scenarioCode)).toList();
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** Whether the published text has items this version does not hold (it could not be cited). */
    public boolean incomplete() {
        return publishedItemCount != null && publishedItemCount > items.size();
    }

    /** The same list switched on or off. */
    public NegativeList enabled(boolean on) {
        return new NegativeList(code, version, name, nameZh, area, source, effectiveFrom, on, publishedItemCount, scenarios, items);
    }
}
