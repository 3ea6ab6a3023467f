package org.govbuy.tender.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.tender.domain.Expert;

/** The expert pool (评审专家库): finance of a region registers its experts and reads its jurisdiction's. */
@ApplicationScoped
@Transactional
public class ExpertPool {

    private final Clock clock;

    ExpertPool(Clock clock) {
        this.clock = clock;
    }

    public Expert register(String username, String name, String region, List<String> specialties,
            List<Expert.Affiliation> affiliations, String registeredBy) {
        if (Expert.count("username", username) > 0) {
            throw new IllegalTransitionException("an expert acts as login " + username + " already");
        }
        Expert expert = Expert.register(username, name, region, specialties, affiliations, registeredBy, clock.instant());
        expert.persist();
        return expert;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Expert require(UUID id) {
        return Expert.<Expert>findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("no expert " + id));
    }

    /** The experts of regions within {@code regionPrefix} (a jurisdiction), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Expert> ofJurisdiction(String regionPrefix, Paging paging) {
        return PageView.of(Expert.find("region like ?1 order by name, id", regionPrefix + "%"), paging);
    }

    /** Every active expert whose pool could serve a tender of this region (its city's and its own). */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Expert> servingRegion(String region) {
        return Expert.list("status = ?1 and region in ?2", Expert.Status.ACTIVE,
                List.of(region, region.substring(0, 4) + "00", region.substring(0, 2) + "0000"));
    }
}
