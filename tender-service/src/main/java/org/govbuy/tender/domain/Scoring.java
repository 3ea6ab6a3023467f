package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The committee's arithmetic (ADR 34), plain and exact. Comprehensive scoring (综合评分法): a
 * criterion's score is the members' mean — with five or more members the highest and the lowest are
 * dropped first — and counts {@code mean ÷ maximum × weight}; the price score is
 * {@code lowest qualified price ÷ bid price × price weight}; the total is their sum, ranked high to
 * low, ties broken by the higher technical score, then the lower price, then the earlier receipt.
 * With a credit criterion each bid also scores {@code credit factor × credit weight}, the factor
 * from the bidder's credit level (ADR 39); it counts in the total, not in the technical score.
 * Lowest qualified price (最低评标价法): ranked by price, then by receipt. Means are kept to four
 * decimals, published scores to two (half up).
 */
public final class Scoring {

    private static final int MEAN_SCALE = 4;
    private static final int SCORE_SCALE = 2;

    private Scoring() {
    }

    /** A bid that passed the committee's review, with what ranks it. */
    public record QualifiedBid(UUID bidId, BigDecimal price, java.time.Instant receivedAt) {
    }

    /** One member's scores: per bid, per criterion name. */
    public record Sheet(String member, Map<UUID, Map<String, BigDecimal>> scores) {
    }

    /** A bid's outcome: the criteria's mean scores (points), technical, price and total score, and its rank. */
    public record Result(UUID bidId, BigDecimal price, Map<String, BigDecimal> criteria, BigDecimal technicalScore,
            BigDecimal priceScore, BigDecimal creditScore, BigDecimal totalScore, int rank) {
    }

    /** The mean, with the highest and the lowest dropped when there are five or more scores. */
    public static BigDecimal trimmedMean(List<BigDecimal> scores) {
        List<BigDecimal> kept = new ArrayList<>(scores.stream().sorted().toList());
        if (kept.size() >= 5) {
            kept.removeFirst();
            kept.removeLast();
        }
        BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(kept.size()), MEAN_SCALE, RoundingMode.HALF_UP);
    }

    /** (lowest qualified price ÷ bid price) × price weight. */
    public static BigDecimal priceScore(BigDecimal lowest, BigDecimal price, BigDecimal priceWeight) {
        return lowest.multiply(priceWeight).divide(price, MEAN_SCALE, RoundingMode.HALF_UP);
    }

    public static List<Result> comprehensive(EvaluationMethod method, List<QualifiedBid> bids, List<Sheet> sheets) {
        return comprehensive(method, bids, sheets, Map.of());
    }

    /** {@code creditFactors}: per bid, the factor (0 to 1) of its bidder's credit level; used when the method has a credit weight. */
    public static List<Result> comprehensive(EvaluationMethod method, List<QualifiedBid> bids, List<Sheet> sheets,
            Map<UUID, BigDecimal> creditFactors) {
        BigDecimal lowest = bids.stream().map(QualifiedBid::price).min(Comparator.naturalOrder()).orElseThrow();
        List<Ranked> ranked = new ArrayList<>();
        for (QualifiedBid bid : bids) {
            Map<String, BigDecimal> criteria = new LinkedHashMap<>();
            BigDecimal technical = BigDecimal.ZERO;
            for (EvaluationMethod.Criterion criterion : method.criteria()) {
                BigDecimal mean = trimmedMean(sheets.stream().map(s -> s.scores().get(bid.bidId()).get(criterion.name()))
                        .toList());
                criteria.put(criterion.name(), rounded(mean));
                technical = technical.add(mean.multiply(criterion.weight()).divide(criterion.maxScore(), MEAN_SCALE,
                        RoundingMode.HALF_UP));
            }
            BigDecimal price = priceScore(lowest, bid.price(), method.priceWeight());
            BigDecimal credit = method.creditWeight() == null ? null
                    : creditFactors.getOrDefault(bid.bidId(), BigDecimal.ZERO).multiply(method.creditWeight());
            BigDecimal total = technical.add(price).add(credit == null ? BigDecimal.ZERO : credit);
            ranked.add(new Ranked(bid, criteria, rounded(technical), rounded(price), credit == null ? null : rounded(credit),
                    rounded(total)));
        }
        ranked.sort(Comparator.comparing(Ranked::total).reversed().thenComparing(Comparator.comparing(Ranked::technical)
                .reversed()).thenComparing(r -> r.bid().price()).thenComparing(r -> r.bid().receivedAt()));
        return numbered(ranked);
    }

    public static List<Result> lowestPrice(List<QualifiedBid> bids) {
        List<Ranked> ranked = new ArrayList<>(bids.stream().map(b -> new Ranked(b, Map.of(), null, null, null, null)).toList());
        ranked.sort(Comparator.comparing((Ranked r) -> r.bid().price()).thenComparing(r -> r.bid().receivedAt()));
        return numbered(ranked);
    }

    private record Ranked(QualifiedBid bid, Map<String, BigDecimal> criteria, BigDecimal technical, BigDecimal priceScore,
            BigDecimal creditScore, BigDecimal total) {
    }

    private static List<Result> numbered(List<Ranked> ranked) {
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            results.add(new Result(r.bid().bidId(), r.bid().price(), r.criteria(), r.technical(), r.priceScore(),
                    r.creditScore(), r.total(), i + 1));
        }
        return results;
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
    }
}
