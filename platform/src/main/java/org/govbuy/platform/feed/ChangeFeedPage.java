package org.govbuy.platform.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One page of a public change feed: entries after the caller's cursor in position order, and the
 * cursor to ask from next ({@code after=next}); an empty page returns the same cursor.
 */
public record ChangeFeedPage(String feed, List<Entry> items, long next) {

    /**
     * A change: its place in the feed, the CloudEvents id and type of the event it mirrors, the
     * resource it concerns (subject), the region, when it happened and the event's public fields.
     */
    public record Entry(long position, UUID id, String type, String subject, String region, Instant occurredAt,
            @JsonRawValue String data) {
    }
}
