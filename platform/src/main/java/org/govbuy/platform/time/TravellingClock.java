package org.govbuy.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;


/**
 * A Clock that shows real time unless moved: in tests (each service's tests declare a
 * {@code @Singleton} subclass, which replaces the default Clock bean, and go back with
 * {@link #reset()}) and, when {@code govbuy.operations.clock-travel} is on, in the local demo suite,
 * where an operator moves it (ADR 40). Never in a deployment: the setting is off by default.
 */
public class TravellingClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on the clock shows {@code moment} plus the time that passes. */
    public void travelTo(Instant moment) {
        offset = Duration.between(Instant.now(), moment);
    }

    public void travel(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("GovBuy reads instants; calendar rules convert zones themselves");
    }
}
