package org.govbuy.contract.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.EvaluationResult;
import org.govbuy.contract.domain.EvaluationType;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.InstallmentTrigger;
import org.govbuy.contract.domain.PaymentPolicy;
import org.govbuy.contract.messaging.EvaluationCompletedV1;
import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.platform.inbox.PoisonMessageException;

/**
 * 评估兑现 (ADR 42): an evaluation result releases the installments it triggers by the payment
 * policy's share for its grade; a fail releases nothing and requires rectification, and a passed
 * re-evaluation then releases what its grade earns. The final evaluation may complete the contract.
 */
@ApplicationScoped
public class EvaluationPayments {

    private static final Logger LOG = Logger.getLogger(EvaluationPayments.class);

    private final Contracts contracts;
    private final ContractEnd end;
    private final PaymentPolicy policy;
    private final Clock clock;

    EvaluationPayments(Contracts contracts, ContractEnd end, PaymentPolicy policy, Clock clock) {
        this.contracts = contracts;
        this.end = end;
        this.policy = policy;
        this.clock = clock;
    }

    /** Runs in the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resultArrived(IncomingEvent event, EvaluationCompletedV1 data) {
        if (Contract.count("id", data.contractId()) == 0) {
            throw new PoisonMessageException("evaluation " + data.evaluationId() + " is about contract "
                    + data.contractId() + ", which contract-service does not know");
        }
        Contract contract = contracts.lock(data.contractId());
        if (EvaluationResult.findById(data.evaluationId()) != null) {
            LOG.infof("evaluation %s already applied to contract %s", data.evaluationId(), contract.id);
            return;
        }
        boolean reEvaluation = Boolean.TRUE.equals(data.reEvaluation());
        Instant now = clock.instant();
        EvaluationResult result = new EvaluationResult();
        result.evaluationId = data.evaluationId();
        result.contractId = contract.id;
        result.type = data.type();
        result.reEvaluation = reEvaluation;
        result.grade = data.grade();
        result.score = data.score();
        result.rectificationRequired = data.rectificationRequired() != null ? data.rectificationRequired()
                : policy.requiresRectification(data.grade());
        result.completedOn = data.completedOn();
        result.receivedAt = now;
        result.persist();
        InstallmentTrigger trigger = InstallmentTrigger.of(data.type());
        for (Installment installment : contracts.installments(contract.id)) {
            if (installment.trigger != trigger) {
                continue;
            }
            if (installment.payable != null && !reEvaluation) {
                LOG.infof("installment %d of contract %s was released by an earlier %s evaluation; only a re-evaluation changes it",
                        installment.number, contract.id, data.type());
                continue;
            }
            installment.releaseByEvaluation(data.grade(), policy, data.evaluationId(), now);
            LOG.infof("contract %s installment %d: %s evaluation %s (%s) releases %s of %s under policy %s",
                    contract.id, installment.number, data.type(), data.evaluationId(), data.grade(), installment.payable,
                    installment.amount, policy.version());
        }
        if (data.type() == EvaluationType.FINAL) {
            EvaluationResult.flush();
            end.completeIfDue(contract);
        }
    }
}
