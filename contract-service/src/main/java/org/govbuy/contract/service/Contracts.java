package org.govbuy.contract.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.contract.domain.Deliverable;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.Milestone;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;

/**
 * Finding and locking contracts, and recording their events. Every change to a contract — its
 * terms, signatures, schedule, payments — takes the contract's row lock first, so two requests
 * about one contract (two payment requests racing) are decided one after the other.
 */
@ApplicationScoped
public class Contracts {

    private final Outbox outbox;

    Contracts(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The contract, its row locked by our own statement before it is read (ADR 32). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contract lock(UUID id) {
        boolean exists = !Contract.getEntityManager().createNativeQuery("SELECT 1 FROM contract WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        if (!exists) {
            throw new NotFoundProblem("no contract " + id);
        }
        return Contract.findById(id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Contract contract, String type, Object data) {
        outbox.record(new DomainEvent(type, contract.id.toString(), contract.region, data));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contract require(UUID id) {
        return Contract.<Contract>findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("no contract " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Contract> ofAward(UUID awardId) {
        return Contract.find("awardId", awardId).firstResultOptional();
    }

    /** A department's contracts in its region, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Contract> ofOrganisation(String orgCode, String region, ContractStatus status, Paging paging) {
        return PageView.of(status == null
                ? Contract.find("orgCode = ?1 and region = ?2", Sort.descending("draftedAt", "id"), orgCode, region)
                : Contract.find("orgCode = ?1 and region = ?2 and status = ?3", Sort.descending("draftedAt", "id"),
                        orgCode, region, status), paging);
    }

    /** A supplier's contracts: as the sole supplier or lead, or as a consortium member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PageView<Contract> ofSupplier(String uscc, Paging paging) {
        String where = " FROM contract WHERE supplier_uscc = ?1 OR jsonb_exists(member_usccs, ?1)";
        var entityManager = Contract.getEntityManager();
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*)" + where).setParameter(1, uscc)
                .getSingleResult()).longValue();
        List<UUID> ids = entityManager.createNativeQuery("SELECT id" + where + " ORDER BY drafted_at DESC, id DESC",
                UUID.class).setParameter(1, uscc).setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
        java.util.Map<UUID, Contract> byId = Contract.<Contract>list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.id, c -> c));
        List<Contract> contracts = ids.stream().map(byId::get).toList();
        return new PageView<>(contracts, paging.page(), paging.size(), total);
    }

    /** Contracts whose key terms are public, newest first; optionally of one region. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Contract> published(String region, Paging paging) {
        return PageView.of(region == null
                ? Contract.find("publishedAt is not null", Sort.descending("publishedAt", "id"))
                : Contract.find("publishedAt is not null and region = ?1", Sort.descending("publishedAt", "id"), region),
                paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Installment> installments(UUID contractId) {
        return Installment.list("contractId = ?1 order by number", contractId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Deliverable> deliverables(UUID contractId) {
        return Deliverable.list("contractId = ?1 order by number", contractId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> milestones(UUID contractId) {
        return Milestone.list("contractId = ?1 order by number", contractId);
    }
}
