package org.govbuy.platform.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;

/** The feed reader on the service's datasource, and no public changes unless the service declares some. */
@ApplicationScoped
public class ChangeFeedProducer {

    @Produces
    @Singleton
    ChangeFeed changeFeed(AgroalDataSource dataSource) {
        return new ChangeFeed(dataSource);
    }

    @Produces
    @DefaultBean
    @Singleton
    PublicChanges none() {
        return PublicChanges.NONE;
    }
}
