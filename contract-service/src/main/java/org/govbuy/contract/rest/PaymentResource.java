package org.govbuy.contract.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.ForbiddenException;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.Installment;
import org.govbuy.contract.domain.Money;
import org.govbuy.contract.domain.Payment;
import org.govbuy.contract.domain.PaymentShare;
import org.govbuy.contract.rest.ContractViews.InstallmentView;
import org.govbuy.contract.rest.ContractViews.PaymentView;
import org.govbuy.contract.rest.ContractViews.PaymentsView;
import org.govbuy.contract.service.Contracts;
import org.govbuy.contract.service.FundingReports;
import org.govbuy.contract.service.Payments;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.idempotency.IdempotentCreate;

/**
 * A contract's payment schedule and payments: the purchaser requests, finance approves (four eyes)
 * and records the payment, split by funding level; both parties and overseers read them.
 */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final Contracts contracts;
    private final Payments payments;
    private final FundingReports funding;
    private final ContractAccess access;

    PaymentResource(Contracts contracts, Payments payments, FundingReports funding, ContractAccess access) {
        this.contracts = contracts;
        this.payments = payments;
        this.funding = funding;
        this.access = access;
    }

    @GET
    @Path("/{id}/payments")
    @RolesAllowed({ "purchaser", "supplier", "finance", "auditor" })
    public PaymentsView list(@PathParam("id") UUID id) {
        Contract contract = contracts.require(id);
        access.requireMaySee(contract);
        List<Installment> installments = contracts.installments(id);
        Map<UUID, Integer> numbers = installments.stream().collect(Collectors.toMap(i -> i.id, i -> i.number));
        List<Payment> all = payments.payments(id);
        Map<UUID, List<PaymentShare>> shares = payments.sharesOf(id);
        return new PaymentsView(id, contract.amount.amount(), Payments.totalPaid(id).amount(),
                installments.stream().map(i -> InstallmentView.of(i, all)).toList(),
                all.stream().map(p -> PaymentView.of(p, numbers.get(p.installmentId), shares.getOrDefault(p.id, List.of())))
                        .toList(),
                funding.of(contract));
    }

    @IdempotentCreate
    @POST
    @Path("/{id}/payments")
    @RolesAllowed("purchaser")
    public Response request(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.PaymentRequest request) {
        access.requireOwns(contracts.require(id));
        Payment payment = payments.request(id, request.installment(), new Money(request.amount()), access.actor());
        return Response.created(URI.create("/api/v1/contracts/" + id + "/payments/" + payment.id))
                .entity(PaymentView.of(payment, request.installment(), List.of())).build();
    }

    @POST
    @Path("/{id}/payments/{paymentId}/decision")
    @RolesAllowed("finance")
    public PaymentView decide(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId,
            @Valid @NotNull ContractRequests.PaymentDecision request) {
        access.requireFinanceOver(contracts.require(id));
        if (!request.approved() && (request.reason() == null || request.reason().isBlank())) {
            throw new UnprocessableRequest("reason", "a rejected payment gives the reason");
        }
        Payment payment = payments.decide(id, paymentId, request.approved(), request.reason(), access.actor());
        return view(payment);
    }

    @POST
    @Path("/{id}/payments/{paymentId}/paid")
    @RolesAllowed("finance")
    public PaymentView paid(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId,
            @Valid @NotNull ContractRequests.Paid request) {
        access.requireFinanceOver(contracts.require(id));
        return view(payments.recordPaid(id, paymentId, request.paidOn(), access.actor()));
    }

    /** What each level of government paid in a fiscal year on the contracts of finance's jurisdiction. */
    @GET
    @Path("/funding")
    @RolesAllowed({ "finance", "auditor" })
    public List<FundingReports.YearLevelPaid> funding(@QueryParam("fiscalYear") @NotNull @Min(2000) @Max(2100) Integer fiscalYear) {
        String region = access.claims().region().orElseThrow(() -> new ForbiddenException("the token names no region (claim region)"));
        return funding.ofJurisdiction(region, fiscalYear);
    }

    private PaymentView view(Payment payment) {
        Installment installment = Installment.findById(payment.installmentId);
        return PaymentView.of(payment, installment.number, payments.shares(payment.id));
    }
}
