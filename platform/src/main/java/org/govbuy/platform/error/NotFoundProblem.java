package org.govbuy.platform.error;

/** The addressed resource does not exist (or the caller may not know that it does): 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String message) {
        super(message);
    }
}
