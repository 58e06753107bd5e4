package dev.bridgehead.web.api;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/**
 * A page of a list, as API.md has it: {@code {"total","page","size","items"}}, pages counted from 1;
 * {@code totalIsLowerBound} says that the list counted only this far (staff's match queue past 1,000).
 */
@Serdeable
public record PageView<T>(long total, int page, int size, List<T> items, boolean totalIsLowerBound) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.getTotalSize(), page.getPageNumber() + 1, page.getSize(), page.getContent().stream().map(view).toList(), false);
    }

    /** A page whose total was counted up to {@code limit} + 1 at most. */
    public static <E, T> PageView<T> bounded(Page<E> page, long limit, Function<E, T> view) {
        PageView<T> exact = of(page, view);
        return new PageView<>(exact.total(), exact.page(), exact.size(), exact.items(), exact.total() > limit);
    }
}
