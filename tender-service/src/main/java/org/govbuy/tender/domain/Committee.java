package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A tender's evaluation committee (评标委员会), drawn once the bids are opened and the bidders are
 * known: experts who may judge the tender's catalogue sub-item in its region, without
 * a declared tie to any bidder, in the order of the recorded seed ({@link org.govbuy.platform.draw.SeededDraw}); the rest
 * of the seats are the purchaser's representatives. It is formed when every member has declared no
 * conflict; a member who declares one is replaced by the next expert in the draw's order.
 */
@Entity
@Table(name = "committee")
public class Committee extends PanacheEntityBase {

    public enum Status {
        /** Drawn; members are declaring (回避声明). */
        DECLARING,
        /** Every member declared no conflict: the committee may review and score. */
        FORMED,
        /** Members withdrew and the draw's order has no expert left to replace them. */
        SHORT
    }

    /** An expert of the matching pool left out of the draw, and why (for the auditor). */
    public record Exclusion(UUID expertId, String name, String reason) {
    }

    /** A purchaser's representative on the committee. */
    public record Representative(String username, String name) {
    }

    /** A committee just drawn, and its first members. */
    public record Drawn(Committee committee, List<CommitteeMember> members) {
    }

    @Id
    @Column(name = "tender_id")
    public UUID tenderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "members_wanted", nullable = false)
    public int membersWanted;

    @Column(nullable = false)
    public String seed;

    /** Every eligible expert, in the seed's order: members are taken from the front, replacements next. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "draw_order", nullable = false, columnDefinition = "jsonb")
    public List<UUID> drawOrder;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Exclusion> exclusions;

    /** The organisations that bid (leads and consortium members), named to the members for their declaration. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> bidders;

    @Column(name = "drawn_by", nullable = false)
    public String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    public Instant drawnAt;

    @Column(name = "formed_at")
    public Instant formedAt;

    @Version
    public long version;

    /**
     * Draws the committee of a tender whose bid deadline has passed. {@code pool} is every expert
     * who might serve; {@code bidders} every organisation in an active bid.
     */
    public static Drawn draw(Tender tender, List<String> bidders, List<Expert> pool, List<Representative> representatives,
            int members, CommitteeRules rules, String seed, String drawnBy, Instant now) {
        if (tender.status != TenderStatus.OPENED) {
            // before the opening nobody learns who bid, the purchaser included
            throw new IllegalTransitionException("a committee is drawn once the bids are opened and the bidders are"
                    + " known (the tender is " + tender.status + ")");
        }
        rules.requireSound(members, representatives.size(), tender.budget());
        List<UUID> candidates = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (Expert expert : pool) {
            if (!expert.mayJudge(tender.subItemCode, tender.region)) {
                continue;
            }
            Optional<Expert.Affiliation> tie = expert.tieTo(bidders);
            if (tie.isPresent()) {
                exclusions.add(new Exclusion(expert.id, expert.name, "declared tie (" + tie.get().relation()
                        + ") to bidder " + tie.get().uscc()));
            } else if (representatives.stream().anyMatch(r -> r.username().equals(expert.username))) {
                exclusions.add(new Exclusion(expert.id, expert.name, "sits as the purchaser's representative"));
            } else {
                candidates.add(expert.id);
            }
        }
        int experts = members - representatives.size();
        if (candidates.size() < experts) {
            throw new IllegalTransitionException("only " + candidates.size() + " experts may judge " + tender.subItemCode
                    + " in region " + tender.region + " without a tie to a bidder; " + experts + " are needed");
        }
        Committee c = new Committee();
        c.tenderId = tender.id;
        c.status = Status.DECLARING;
        c.membersWanted = members;
        c.seed = seed;
        c.drawOrder = org.govbuy.platform.draw.SeededDraw.order(seed, candidates);
        c.exclusions = List.copyOf(exclusions);
        c.bidders = bidders.stream().distinct().sorted().toList();
        c.drawnBy = drawnBy;
        c.drawnAt = now;
        java.util.Map<UUID, Expert> byId = new java.util.HashMap<>();
        pool.forEach(e -> byId.put(e.id, e));
        List<CommitteeMember> seats = new ArrayList<>();
        for (int i = 0; i < experts; i++) {
            seats.add(CommitteeMember.expert(tender.id, byId.get(c.drawOrder.get(i)), i + 1));
        }
        representatives.forEach(r -> seats.add(CommitteeMember.representative(tender.id, r.username(), r.name())));
        return new Drawn(c, seats);
    }

    /**
     * A member's declaration: none (null) or the conflict they have. A conflict withdraws them and
     * the next expert in the draw's order takes the seat (returned, to be stored); when every seat is
     * held by a member who declared no conflict, the committee is formed.
     */
    public Optional<CommitteeMember> declare(CommitteeMember member, String conflict, List<CommitteeMember> members,
            Function<UUID, Expert> experts, Instant now) {
        if (status != Status.DECLARING) {
            throw new IllegalTransitionException("the committee is " + status + "; declarations are closed");
        }
        member.declare(conflict, now);
        Optional<CommitteeMember> replacement = Optional.empty();
        if (conflict != null) {
            int drawn = members.stream().map(m -> m.drawPosition).filter(p -> p != null).max(Integer::compare).orElse(0);
            if (drawn >= drawOrder.size()) {
                status = Status.SHORT;
                return replacement;
            }
            replacement = Optional.of(CommitteeMember.expert(tenderId, experts.apply(drawOrder.get(drawn)), drawn + 1));
        }
        List<CommitteeMember> seated = new ArrayList<>(members.stream().filter(CommitteeMember::isSeated).toList());
        replacement.ifPresent(seated::add);
        if (seated.size() == membersWanted && seated.stream().allMatch(m -> m.status == CommitteeMember.Status.SITTING)) {
            status = Status.FORMED;
            formedAt = now;
        }
        return replacement;
    }
}
