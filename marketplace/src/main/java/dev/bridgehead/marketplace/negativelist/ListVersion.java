package dev.bridgehead.marketplace.negativelist;

import dev.bridgehead.marketplace.compliance.NegativeList;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One imported version of a list, never changed once stored. */
@MappedEntity("negative_list_version")
record ListVersion(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        int listVersion,
        String name,
        String nameZh,
        NegativeList.Area area,
        String source,
        LocalDate effectiveFrom,
        @Nullable Integer publishedItemCount,
        @TypeDef(type = DataType.JSON) List<NegativeList.Scenario> scenarios,
        @TypeDef(type = DataType.JSON) List<NegativeList.Item> items,
        @Nullable String note,
        Instant importedAt,
        @Nullable Long importedBy) {

    NegativeList asList(boolean enabled) {
        return new NegativeList(code, listVersion, name, nameZh, area, source, effectiveFrom, enabled, publishedItemCount, scenarios, items);
    }
}
