package org.govbuy.platform.feed;

import java.sql.SQLException;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.DomainRuleViolation;

/**
 * A public change feed over REST, for systems that do not read Kafka (ADR 47): {@code GET <path>?after=<cursor>}
 * returns the next entries and the cursor to continue from; {@code region} keeps one region's. A service
 * exposes a feed by subclassing with its path, e.g. {@code /api/v1/public/evaluations/changes}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ChangeFeedResource {

    public static final int MAX_LIMIT = 500;
    private static final Pattern REGION = Pattern.compile("[0-9]{6}");
    private static final Logger LOG = Logger.getLogger(ChangeFeedResource.class);

    @Inject
    ChangeFeed changeFeed;

    private final String feed;

    protected ChangeFeedResource(String feed) {
        this.feed = feed;
    }

    @GET
    public ChangeFeedPage changes(@QueryParam("after") Long after, @QueryParam("limit") Integer limit,
            @QueryParam("region") String region) {
        long cursor = after == null ? 0 : after;
        int size = limit == null ? 100 : limit;
        if (cursor < 0) {
            throw new DomainRuleViolation("after", "must be 0 (from the start) or a cursor this feed returned");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw new DomainRuleViolation("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw new DomainRuleViolation("region", "must be a 6-digit administrative division code");
        }
        try {
            return changeFeed.read(feed, cursor, size, region);
        } catch (SQLException e) {
            LOG.warnf("change feed %s not readable now: %s", feed, e.getMessage());
            throw new ServiceUnavailableException(5L);
        }
    }
}
