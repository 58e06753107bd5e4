package dev.bridgehead.marketplace.compliance;

import io.micronaut.core.annotation.Nullable;
import java.util.EnumSet;
import java.util.Set;

/**
 * A proposed transfer of data, as the rules see it.
 *
 * @param personalInfoSubjects  individuals whose (non-sensitive) personal information this flow carries
 * @param sensitiveSubjects     the same for sensitive personal information, counted separately
 * @param onGeneralList         the exporter declares the flow's data to be on the Lingang general data list
 * @param importerProcessorOnly the importer only processes on the exporter's behalf (PRP certifications count then)
 * @param sentBefore            what the exporter's ledger holds for the year before this flow: the volume thresholds
 *                              apply to the year's total, this flow included (CAC Provisions of 22 March 2024, art. 7-8)
 * @param listScenario          the negative-list scenario the flow belongs to, if the exporter names one (rule NL-1)
 * @param listedItems           the ids of the list's items the flow carries; none means the flow carries no listed data
 */
public record Flow(
        Direction direction,
        Set<DataCategory> categories,
        long personalInfoSubjects,
        long sensitiveSubjects,
        @Nullable ExemptionGround exemptionGround,
        boolean onGeneralList,
        boolean importerProcessorOnly,
        SentThisYear sentBefore,
        @Nullable String listScenario,
        Set<String> listedItems) {

    public Flow {
        if (personalInfoSubjects < 0 || sensitiveSubjects < 0) {
            throw new IllegalArgumentException("Subject counts cannot be negative");
        }
        categories = categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories);
        listedItems = Set.copyOf(listedItems);
    }

    /** A flow that names no negative-list scenario. */
    public Flow(Direction direction, Set<DataCategory> categories, long personalInfoSubjects, long sensitiveSubjects,
                @Nullable ExemptionGround exemptionGround, boolean onGeneralList, boolean importerProcessorOnly, SentThisYear sentBefore) {
        this(direction, categories, personalInfoSubjects, sensitiveSubjects, exemptionGround, onGeneralList, importerProcessorOnly, sentBefore,
                null, Set.of());
    }

    /** A flow whose exporter has sent nothing else abroad this year (or whose counts already include it). */
    public Flow(Direction direction, Set<DataCategory> categories, long personalInfoSubjects, long sensitiveSubjects,
                @Nullable ExemptionGround exemptionGround, boolean onGeneralList, boolean importerProcessorOnly) {
        this(direction, categories, personalInfoSubjects, sensitiveSubjects, exemptionGround, onGeneralList, importerProcessorOnly,
                SentThisYear.NOTHING);
    }

    /** Individuals whose personal information the exporter will have sent abroad this year with this flow. */
    public long personalThisYear() {
        return sentBefore.personal() + personalInfoSubjects;
    }

    /** The same for sensitive personal information. */
    public long sensitiveThisYear() {
        return sentBefore.sensitive() + sensitiveSubjects;
    }

    /** The same flow after the exporter's ledger for the year. */
    public Flow after(SentThisYear ledger) {
        return new Flow(direction, categories, personalInfoSubjects, sensitiveSubjects, exemptionGround, onGeneralList, importerProcessorOnly, ledger,
                listScenario, listedItems);
    }

    /** The same flow in a negative list's scenario, carrying these of its items. */
    public Flow inScenario(@Nullable String scenario, Set<String> items) {
        return new Flow(direction, categories, personalInfoSubjects, sensitiveSubjects, exemptionGround, onGeneralList, importerProcessorOnly,
                sentBefore, scenario, items);
    }

    /** Whether the flow carries personal information of any kind. */
    public boolean carriesPersonalInfo() {
        return categories.contains(DataCategory.PERSONAL) || categories.contains(DataCategory.SENSITIVE_PERSONAL)
                || personalInfoSubjects > 0 || sensitiveSubjects > 0;
    }

    /** The same flow the other way round, for a flow in both directions. */
    Flow oneWay(Direction way) {
        return new Flow(way, categories, personalInfoSubjects, sensitiveSubjects, exemptionGround, onGeneralList, importerProcessorOnly, sentBefore,
                listScenario, listedItems);
    }
}
