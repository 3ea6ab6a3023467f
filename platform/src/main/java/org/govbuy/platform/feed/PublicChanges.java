package org.govbuy.platform.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The event types a service makes public in its change feeds; each type goes into one feed. */
public record PublicChanges(List<PublicChange> changes) {

    public static final PublicChanges NONE = new PublicChanges(List.of());

    public PublicChanges {
        changes = List.copyOf(changes);
        Map<String, String> feedOfType = new HashMap<>();
        for (PublicChange change : changes) {
            String earlier = feedOfType.putIfAbsent(change.eventType(), change.feed());
            if (earlier != null) {
                throw new IllegalArgumentException(change.eventType() + " is declared twice (feeds " + earlier
                        + " and " + change.feed() + ")");
            }
        }
    }

    public static PublicChanges of(PublicChange... changes) {
        return new PublicChanges(List.of(changes));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
