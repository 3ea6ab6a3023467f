package org.govbuy.platform.inbox;

/** A message that can never be processed, however often it is retried: straight to dead letters. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
