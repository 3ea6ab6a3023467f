package org.govbuy.evaluation.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.platform.error.NotFoundProblem;

/** Indicator templates: each publication of a code is its next version; versions never change. */
@ApplicationScoped
@Transactional
public class Templates {

    private final Clock clock;

    Templates(Clock clock) {
        this.clock = clock;
    }

    public IndicatorTemplate publish(String code, String name, List<Indicator> indicators, String by) {
        IndicatorTemplate.requireSound(indicators);
        // one publisher at a time per code, so two publications never claim the same version
        IndicatorTemplate.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "indicator_template:" + code).getSingleResult();
        Integer last = IndicatorTemplate.getEntityManager()
                .createQuery("select max(t.version) from IndicatorTemplate t where t.code = ?1", Integer.class)
                .setParameter(1, code).getSingleResult();
        IndicatorTemplate template = IndicatorTemplate.publish(code, last == null ? 1 : last + 1, name, indicators, by,
                clock.instant());
        template.persist();
        return template;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorTemplate latest(String code) {
        return IndicatorTemplate.<IndicatorTemplate>find("code", Sort.descending("version"), code).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("no indicator template " + code + " is published"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorTemplate require(UUID id) {
        return IndicatorTemplate.<IndicatorTemplate>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("no indicator template " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorTemplate> all() {
        return IndicatorTemplate.listAll(Sort.ascending("code", "version"));
    }
}
