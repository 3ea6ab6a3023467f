package org.govbuy.platform.schedule;

import java.time.Instant;
import java.util.UUID;

/** A job whose time has come, as its handler sees it. {@code attempt} counts from 1. */
public record DueJob(UUID id, String kind, String key, Instant dueAt, String payload, int attempt) {
}
