package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.failure.InputCheck;

/** The {@code page} (from 1) and {@code size} (1 to 100) of a list request, checked. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static Paging of(Integer page, Integer size) {
        InputCheck check = new InputCheck();
        check.range("page", page == null ? null : page.longValue(), 1, 10_000);
        check.range("size", size == null ? null : size.longValue(), 1, MAX_SIZE);
        check.throwIfInvalid();
        return new Paging(page == null ? 1 : page, size == null ? 20 : size);
    }

    /** The zero-based page index the repositories take. */
    public int index() {
        return page - 1;
    }
}
