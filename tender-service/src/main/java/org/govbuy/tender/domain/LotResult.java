package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A lot's outcome when the committee closed scoring: the ranking with every qualified bid's scores,
 * the recommended winner (the first ranked) and the committee's report — or a failed lot when the
 * review left fewer qualified bids than the method requires.
 */
@Entity
@Table(name = "lot_result")
@IdClass(LotResult.Key.class)
public class LotResult extends PanacheEntityBase {

    public record Key(UUID tenderId, int lot) implements java.io.Serializable {
        public Key() {
            this(null, 0);
        }
    }

    public enum Outcome {
        RECOMMENDED, FAILED
    }

    @Id
    @Column(name = "tender_id")
    public UUID tenderId;

    @Id
    @Column(name = "lot_no")
    public int lot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Scoring.Result> ranking;

    @Column(name = "recommended_bid")
    public UUID recommendedBid;

    @Column(nullable = false)
    public String report;

    @Column(name = "closed_by", nullable = false)
    public String closedBy;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    public static LotResult of(UUID tenderId, int lot, List<Scoring.Result> ranking, String report, String closedBy,
            Instant now) {
        LotResult r = new LotResult();
        r.tenderId = tenderId;
        r.lot = lot;
        r.ranking = List.copyOf(ranking);
        r.outcome = ranking.isEmpty() ? Outcome.FAILED : Outcome.RECOMMENDED;
        r.recommendedBid = ranking.isEmpty() ? null : ranking.getFirst().bidId();
        r.report = report;
        r.closedBy = closedBy;
        r.closedAt = now;
        return r;
    }
}
