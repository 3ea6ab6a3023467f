package org.govbuy.platform.error;

/**
 * The request conflicts with the current state of the resource: an illegal state transition, a
 * duplicate of something that must be unique, or a concurrent change. Mapped to 409.
 */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
