package org.govbuy.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one Clock every time rule reads. Instants are UTC; calendar rules convert to the deployment's
 * zone (Asia/Shanghai by default) themselves. Tests replace it with an alternative bean.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
