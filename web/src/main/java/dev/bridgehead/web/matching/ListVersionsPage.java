package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.NegativeList;
import dev.bridgehead.marketplace.negativelist.ListComparison;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** A list's versions, and two of them compared item by item. */
public record ListVersionsPage(PageContext context, NegativeList list, List<NegativeLists.Imported> versions, @Nullable ListComparison comparison) {

    public String name() {
        return context.inLanguage(list.name(), list.nameZh());
    }

    public String when(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai")).format(instant)
                + " (UTC+8)";
    }

    public String label(ListComparison.Difference difference) {
        String name = context.inLanguage(difference.name(), difference.nameZh());
        return difference.id() + (name == null ? "" : " · " + name);
    }
}
