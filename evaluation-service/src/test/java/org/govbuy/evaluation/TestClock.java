package org.govbuy.evaluation;

import jakarta.inject.Singleton;

import org.govbuy.platform.time.TravellingClock;

/** The service's Clock in tests (replaces the platform's default): real time unless a test travels. */
@Singleton
public class TestClock extends TravellingClock {
}
