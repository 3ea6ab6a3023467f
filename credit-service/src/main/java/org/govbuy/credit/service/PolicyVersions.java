package org.govbuy.credit.service;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import org.govbuy.credit.domain.CreditPolicy;
import org.govbuy.credit.domain.CreditPolicyVersion;

/**
 * Keeps every policy version's parameters: the running policy is recorded at start-up (once, by
 * whichever replica comes first), and a label already recorded with other parameters stops the
 * service, since every score and snapshot names its policy by that label alone.
 */
@ApplicationScoped
public class PolicyVersions {

    private static final Logger LOG = Logger.getLogger(PolicyVersions.class);

    private final CreditPolicy policy;
    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Clock clock;

    PolicyVersions(CreditPolicy policy, ObjectMapper json, EntityManager entityManager, Clock clock) {
        this.policy = policy;
        this.json = json;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        record(policy);
    }

    /** Records {@code rules} under their version, or confirms the recorded parameters are the same. */
    @Transactional
    public void record(CreditPolicy rules) {
        String parameters = toJson(rules);
        entityManager.createNativeQuery("""
                INSERT INTO credit_policy_version (version, parameters, recorded_at)
                VALUES (?1, cast(?2 AS jsonb), ?3) ON CONFLICT (version) DO NOTHING""")
                .setParameter(1, rules.version()).setParameter(2, parameters).setParameter(3, clock.instant())
                .executeUpdate();
        boolean same = (Boolean) entityManager.createNativeQuery(
                "SELECT parameters = cast(?2 AS jsonb) FROM credit_policy_version WHERE version = ?1")
                .setParameter(1, rules.version()).setParameter(2, parameters).getSingleResult();
        if (!same) {
            throw new IllegalStateException("credit policy version " + rules.version() + " was recorded with other "
                    + "parameters; give the changed rules a new version (govbuy.credit.policy.version)");
        }
        LOG.infof("credit policy version %s in use", rules.version());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CreditPolicyVersion> find(String version) {
        return CreditPolicyVersion.findByIdOptional(version);
    }

    private String toJson(CreditPolicy rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("credit policy cannot be written as JSON", e);
        }
    }
}
