package org.govbuy.contract.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ContractRules;
import org.govbuy.contract.domain.FundingShare;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.Money;
import org.govbuy.contract.domain.Payment;
import org.govbuy.contract.domain.PaymentShare;
import org.govbuy.contract.messaging.ContractEventsV1.FundingPartV1;
import org.govbuy.contract.messaging.ContractEventsV1.PaymentApprovedV1;
import org.govbuy.contract.messaging.ContractEventsV1.PaymentPaidV1;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * Payments (ADR 42): the purchaser requests a payment against an installment, up to what its
 * trigger has released and not yet been requested; finance approves it (someone other than the
 * requester) and records it paid on a day, split by the contract's funding shares with no cent lost.
 * The contract's lock orders concurrent requests, so what is requested, approved and paid together
 * never exceeds what is payable — nor, therefore, the contract amount.
 */
@ApplicationScoped
@Transactional
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class);

    private final Contracts contracts;
    private final ContractRules rules;
    private final Clock clock;

    Payments(Contracts contracts, ContractRules rules, Clock clock) {
        this.contracts = contracts;
        this.rules = rules;
        this.clock = clock;
    }

    public Payment request(UUID contractId, int installmentNumber, Money amount, String by) {
        Contract contract = contracts.lock(contractId);
        contract.requireActive("payments are requested");
        Installment installment = Installment.<Installment>find("contractId = ?1 and number = ?2", contractId,
                installmentNumber).firstResultOptional().orElseThrow(() -> new UnprocessableRequest("installment",
                        "contract " + contractId + " has no installment " + installmentNumber));
        if (amount.isZero()) {
            throw new UnprocessableRequest("amount", "a payment is more than zero");
        }
        Money open = installment.payableOrZero().minus(committed("installment_id", installment.id));
        if (amount.exceeds(open)) {
            throw new UnprocessableRequest("amount", "at most " + open + " is payable on installment " + installmentNumber
                    + " (released " + installment.payableOrZero() + " of " + installment.amount
                    + ", less what is already requested or paid)");
        }
        Money contractOpen = contract.amount.minus(committed("contract_id", contractId).min(contract.amount));
        if (amount.exceeds(contractOpen)) {
            throw new UnprocessableRequest("amount", "payments never exceed the contract amount " + contract.amount
                    + "; " + contractOpen + " remains");
        }
        Payment payment = Payment.request(contract, installment, amount, by, clock.instant());
        payment.persist();
        LOG.infof("contract %s: payment of %s requested on installment %d", contractId, amount, installmentNumber);
        return payment;
    }

    /** Finance's four-eyes decision on a requested payment. */
    public Payment decide(UUID contractId, UUID paymentId, boolean approved, String reason, String by) {
        Contract contract = contracts.lock(contractId);
        Payment payment = find(contractId, paymentId);
        Instant now = clock.instant();
        payment.decide(approved, reason, by, now);
        if (approved) {
            contracts.publish(contract, PaymentApprovedV1.TYPE, new PaymentApprovedV1(contractId, paymentId,
                    installmentNumber(payment), payment.amount.amount(), by, now));
        }
        return payment;
    }

    /** Records an approved payment as paid on {@code paidOn}; its split by funding level is fixed then. */
    public Payment recordPaid(UUID contractId, UUID paymentId, LocalDate paidOn, String by) {
        Contract contract = contracts.lock(contractId);
        Payment payment = find(contractId, paymentId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), rules.zone());
        if (paidOn.isAfter(today)) {
            throw new UnprocessableRequest("paidOn", "a payment is recorded once made: not after today, " + today);
        }
        payment.paid(paidOn, by, clock.instant());
        List<Money> parts = FundingShare.split(payment.amount, contract.fundingShares);
        List<FundingPartV1> funding = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PaymentShare.of(payment, contract.fundingShares.get(i).level(), parts.get(i)).persist();
            funding.add(new FundingPartV1(contract.fundingShares.get(i).level(), parts.get(i).amount()));
        }
        PaymentShare.flush();
        contracts.publish(contract, PaymentPaidV1.TYPE, new PaymentPaidV1(contractId, paymentId, installmentNumber(payment),
                contract.supplierUscc, payment.amount.amount(), paidOn, payment.fiscalYear, funding,
                totalPaid(contractId).amount()));
        LOG.infof("contract %s: %s paid on %s, split %s", contractId, payment.amount, paidOn, funding);
        return payment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Payment> payments(UUID contractId) {
        return Payment.list("contractId = ?1 order by requestedAt, id", contractId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PaymentShare> shares(UUID paymentId) {
        return PaymentShare.list("paymentId = ?1", paymentId);
    }

    /** Every payment's funding parts on a contract, by payment, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<UUID, List<PaymentShare>> sharesOf(UUID contractId) {
        return PaymentShare.<PaymentShare>list("contractId = ?1", contractId).stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s.paymentId));
    }

    private static Payment find(UUID contractId, UUID paymentId) {
        return Payment.<Payment>findByIdOptional(paymentId).filter(p -> p.contractId.equals(contractId))
                .orElseThrow(() -> new NotFoundProblem("no payment " + paymentId + " on contract " + contractId));
    }

    private static int installmentNumber(Payment payment) {
        return Installment.<Installment>findById(payment.installmentId).number;
    }

    /** What is requested, approved or paid (not rejected) on a contract. */
    static Money committedOn(UUID contractId) {
        return committed("contract_id", contractId);
    }

    /** What is requested, approved or paid (not rejected) against an installment or a contract. */
    private static Money committed(String column, UUID id) {
        return sum("SELECT coalesce(sum(amount), 0) FROM payment WHERE " + column + " = ?1 AND status <> 'REJECTED'", id);
    }

    /** What has been paid on a contract. */
    public static Money totalPaid(UUID contractId) {
        return sum("SELECT coalesce(sum(amount), 0) FROM payment WHERE contract_id = ?1 AND status = 'PAID'", contractId);
    }

    private static Money sum(String sql, UUID id) {
        Object sum = Payment.getEntityManager().createNativeQuery(sql).setParameter(1, id).getSingleResult();
        return new Money(sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString()));
    }
}
