package org.govbuy.platform.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, which page, its size and how many there are in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    /** The page {@code paging} of a list held in memory. */
    public static <T> PageView<T> of(List<T> all, Paging paging) {
        int from = Math.min(all.size(), paging.offset());
        return new PageView<>(all.subList(from, Math.min(all.size(), from + paging.size())), paging.page(),
                paging.size(), all.size());
    }

    public <R> PageView<R> map(Function<T, R> mapping) {
        return new PageView<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
