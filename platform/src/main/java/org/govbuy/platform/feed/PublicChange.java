package org.govbuy.platform.feed;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * That events of {@code eventType} go into the public change feed {@code feed}, carrying only the
 * payload's {@code publicFields}: what a service's public pages already show, never evidence,
 * survey answers, bank details or anything sealed. A field not listed never leaves.
 */
public record PublicChange(String feed, String eventType, List<String> publicFields) {

    private static final Pattern FEED = Pattern.compile("[a-z][a-z-]{0,63}");

    public PublicChange {
        Objects.requireNonNull(eventType, "eventType");
        if (feed == null || !FEED.matcher(feed).matches()) {
            throw new IllegalArgumentException("a feed is named in lower-case letters and hyphens: " + feed);
        }
        publicFields = List.copyOf(publicFields);
        if (publicFields.isEmpty() || publicFields.stream().anyMatch(f -> f.isBlank() || f.contains(","))) {
            throw new IllegalArgumentException("name the public fields of " + eventType + ": " + publicFields);
        }
    }

    public static PublicChange of(String feed, String eventType, String... publicFields) {
        return new PublicChange(feed, eventType, List.of(publicFields));
    }
}
