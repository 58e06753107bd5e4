package dev.bridgehead.marketplace.compliance;

import io.micronaut.core.annotation.Nullable;
import java.util.EnumSet;
import java.util.Set;

/**
 * A proposed transfer of data, as the rules see it.
 *
 * @param personalInfoSubjects  individuals whose (non-sensitive) personal information the exporter has sent abroad
 *                              since 1 January, this flow included
 * @param sensitiveSubjects     the same for sensitive personal information, counted separately
 * @param onGeneralList         the exporter declares the flow's data to be on the Lingang general data list
 * @param importerProcessorOnly the importer only processes on the exporter's behalf (PRP certifications count then)
 */
public record Flow(
        Direction direction,
        Set<DataCategory> categories,
        long personalInfoSubjects,
        long sensitiveSubjects,
        @Nullable ExemptionGround exemptionGround,
        boolean onGeneralList,
        boolean importerProcessorOnly) {

    public Flow {
        if (personalInfoSubjects < 0 || sensitiveSubjects < 0) {
            throw new IllegalArgumentException("Subject counts cannot be negative");
        }
        categories = categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories);
    }

    /** Whether the flow carries personal information of any kind. */
    public boolean carriesPersonalInfo() {
        return categories.contains(DataCategory.PERSONAL) || categories.contains(DataCategory.SENSITIVE_PERSONAL)
                || personalInfoSubjects > 0 || sensitiveSubjects > 0;
    }

    /** The same flow the other way round, for a flow in both directions. */
    Flow oneWay(Direction way) {
        return new Flow(way, categories, personalInfoSubjects, sensitiveSubjects, exemptionGround, onGeneralList, importerProcessorOnly);
    }
}
