package org.govbuy.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;

/**
 * The one Clock every time rule reads. Instants are UTC; calendar rules convert to the deployment's
 * zone (Asia/Shanghai by default) themselves. Tests replace it with an alternative bean. With
 * {@code govbuy.operations.clock-travel} on (the local demo suite only) it is a clock an operator
 * can move forward, so the demo reaches deadlines weeks away (ADR 40).
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "govbuy.operations.clock-travel", defaultValue = "false") boolean travel) {
        return travel ? new TravellingClock() : Clock.systemUTC();
    }
}
