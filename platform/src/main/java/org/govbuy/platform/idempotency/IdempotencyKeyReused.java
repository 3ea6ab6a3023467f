package org.govbuy.platform.idempotency;

/** An Idempotency-Key sent again with a different request: 422, nothing happens. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key " + key + " was used for a different request; use a new key for a new request");
    }
}
