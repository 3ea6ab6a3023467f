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

    /** The page {@code paging} of a database query, with the query's total count. */
    public static <T> PageView<T> of(io.quarkus.hibernate.orm.panache.PanacheQuery<T> query, Paging paging) {
        long total = query.count();
        return new PageView<>(query.range(paging.offset(), paging.offset() + paging.size() - 1).list(), paging.page(),
                paging.size(), total);
    }

    public <R> PageView<R> map(Function<T, R> mapping) {
        return new PageView<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
