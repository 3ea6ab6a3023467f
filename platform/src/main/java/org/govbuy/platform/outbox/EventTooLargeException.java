package org.govbuy.platform.outbox;

/**
 * A change would cause an event larger than the broker accepts. The change is refused (its
 * transaction rolls back): an event that can never be published must never be recorded.
 */
public class EventTooLargeException extends RuntimeException {

    public EventTooLargeException(String type, long size, long limit) {
        super("the change would publish a " + type + " event of about " + size + " bytes; events are limited to "
                + limit + " bytes");
    }
}
