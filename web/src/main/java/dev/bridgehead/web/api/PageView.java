package dev.bridgehead.web.api;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** A page of a list, as API.md has it: {@code {"total","page","size","items"}}, pages counted from 1. */
@Serdeable
public record PageView<T>(long total, int page, int size, List<T> items) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.getTotalSize(), page.getPageNumber() + 1, page.getSize(), page.getContent().stream().map(view).toList());
    }
}
