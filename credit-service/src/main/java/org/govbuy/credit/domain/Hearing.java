package org.govbuy.credit.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * Notice and the right to be heard before a sanction (告知/申辩): the organisation was notified on a
 * day and may state its case until a deadline, once. A sanction takes effect by date only when the
 * period ended without a statement; after a statement the authority decides, and it may not decide
 * to sanction before the organisation was heard or its time ran out.
 */
@Embeddable
public class Hearing {

    @Column(name = "notified_on")
    public LocalDate notifiedOn;

    @Column(name = "statement_deadline")
    public LocalDate statementDeadline;

    @Column(length = 2000)
    public String statement;

    @Column(name = "statement_at")
    public Instant statementAt;

    protected Hearing() {
    }

    public static Hearing notified(LocalDate on, LocalDate statementDeadline) {
        Hearing hearing = new Hearing();
        hearing.notifiedOn = on;
        hearing.statementDeadline = statementDeadline;
        return hearing;
    }

    /** No notice was given (a record from before notices existed). */
    static Hearing none() {
        return new Hearing();
    }

    /** The organisation states its case, by the deadline, once. */
    public void takeStatement(String text, LocalDate today, Instant now) {
        if (today.isAfter(statementDeadline)) {
            throw new IllegalTransitionException("the statement period ended on " + statementDeadline);
        }
        if (statement != null) {
            throw new IllegalTransitionException("a statement was already made at " + statementAt);
        }
        statement = text;
        statementAt = now;
    }

    /** The period is over and nothing was said: the sanction may take effect by date. */
    public boolean endedWithoutStatement(LocalDate today) {
        return statement == null && today.isAfter(statementDeadline);
    }

    /** Refuses a decision to sanction before the organisation was heard or its time ran out. */
    public void requireHeard(LocalDate today) {
        if (statement == null && !today.isAfter(statementDeadline)) {
            throw new IllegalTransitionException("the organisation may state its case until " + statementDeadline);
        }
    }
}
