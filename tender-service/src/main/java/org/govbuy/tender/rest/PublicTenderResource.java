package org.govbuy.tender.rest;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.tender.config.SealingKeys;
import org.govbuy.tender.messaging.TenderEventsV1.AnnouncementV1;
import org.govbuy.tender.rest.TenderViews.PublicTenderView;
import org.govbuy.tender.rest.TenderViews.ReceiptKeyView;

/** Public disclosure (公开) of tenders: no token. */
@Path("/api/v1/public/tenders")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicTenderResource {

    private final PublicTenders tenders;
    private final SealingKeys keys;

    PublicTenderResource(PublicTenders tenders, SealingKeys keys) {
        this.tenders = tenders;
        this.keys = keys;
    }

    /** Announced tenders, newest first; optionally of one region (6-digit code). */
    @GET
    public PageView<AnnouncementV1> list(@QueryParam("region") @jakarta.validation.constraints.Pattern(
            regexp = "[0-9]{6}", message = "must be a 6-digit division code") String region,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return tenders.announced(region, new Paging(page, size));
    }

    @GET
    @Path("/{id}")
    public PublicTenderView get(@PathParam("id") UUID id) {
        return tenders.view(id);
    }

    /**
     * A tender's published awards (中标公示 and 中标通知书): per lot the committee's ranking with its
     * scores, the awards and the challenges with their answers; nothing before a recommendation.
     */
    @GET
    @Path("/{id}/awards")
    public AwardViews.PublicAwardsView awards(@PathParam("id") UUID id) {
        return tenders.awards(id);
    }

    /** The public key that verifies bid receipts, and the exact text a receipt's signature covers. */
    @GET
    @Path("/receipt-key")
    public ReceiptKeyView receiptKey() {
        return new ReceiptKeyView(keys.receiptKeyId(), "Ed25519", Base64.getEncoder().encodeToString(
                keys.receiptPublicKey()), String.join("\\n", List.of("govbuy bid receipt v1", "{bidId}", "{tenderId}",
                        "{lot}", "{supplier}", "{contentDigest}", "{receivedAt}")));
    }
}
