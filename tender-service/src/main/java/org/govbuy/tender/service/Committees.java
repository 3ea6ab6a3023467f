package org.govbuy.tender.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.tender.domain.Bid;
import org.govbuy.tender.domain.Committee;
import org.govbuy.platform.draw.SeededDraw;
import org.govbuy.tender.domain.CommitteeMember;
import org.govbuy.tender.domain.CommitteeRules;
import org.govbuy.tender.domain.Expert;
import org.govbuy.tender.domain.Tender;
import org.govbuy.tender.messaging.TenderEventsV1.CommitteeFormedV1;
import org.govbuy.tender.messaging.TenderEventsV1.CommitteeSeatV1;

/**
 * Evaluation committees: drawn by the tender's purchaser once the bids are opened, formed when every
 * member has declared no conflict with the bidders (ADR 33). Changes to a committee take its
 * tender's lock, so declarations and replacements happen one at a time.
 */
@ApplicationScoped
@Transactional
public class Committees {

    private static final Logger LOG = Logger.getLogger(Committees.class);

    private final Tenders tenders;
    private final ExpertPool pool;
    private final CommitteeRules rules;
    private final Clock clock;

    Committees(Tenders tenders, ExpertPool pool, CommitteeRules rules, Clock clock) {
        this.tenders = tenders;
        this.pool = pool;
        this.rules = rules;
        this.clock = clock;
    }

    /** Draws the committee: {@code members} seats (the rules' smallest when null), some of them the purchaser's representatives. */
    public Committee draw(UUID tenderId, Integer members, List<Committee.Representative> representatives, String drawnBy) {
        Tender tender = tenders.lock(tenderId);
        Committee existing = Committee.findById(tenderId);
        if (existing != null) {
            throw new IllegalTransitionException("the committee of tender " + tenderId + " was drawn on " + existing.drawnAt);
        }
        int size = members == null ? rules.membersFor(tender.budget()) : members;
        Committee.Drawn drawn = Committee.draw(tender, Bid.openedParties(tenderId, null), pool.servingRegion(tender.region),
                representatives, size, rules, SeededDraw.newSeed(), drawnBy, clock.instant());
        drawn.committee().persist();
        drawn.members().forEach(m -> m.persist());
        LOG.infof("committee of tender %s drawn: %d members, seed %s, %d candidates, %d excluded", tenderId, size,
                drawn.committee().seed, drawn.committee().drawOrder.size(), drawn.committee().exclusions.size());
        return drawn.committee();
    }

    /** A member's declaration (回避声明): {@code conflict} null for none; a conflict brings in the next expert. */
    public Committee declare(UUID tenderId, String username, String conflict) {
        Tender tender = tenders.lock(tenderId);
        Committee committee = require(tenderId);
        List<CommitteeMember> members = members(tenderId);
        CommitteeMember member = members.stream().filter(m -> m.username.equals(username) && m.isSeated()).findFirst()
                .orElseThrow(() -> new NotFoundProblem("no committee of tender " + tenderId));
        Instant now = clock.instant();
        Optional<CommitteeMember> replacement = committee.declare(member, conflict, members, pool::require, now);
        replacement.ifPresent(m -> {
            m.persist();
            LOG.infof("committee of tender %s: %s withdrew (conflict declared), %s drawn as no. %d", tenderId,
                    member.name, m.name, m.drawPosition);
        });
        if (committee.status == Committee.Status.FORMED) {
            List<CommitteeSeatV1> seats = members(tenderId).stream().filter(m -> m.status == CommitteeMember.Status.SITTING)
                    .map(m -> new CommitteeSeatV1(m.name, m.kind.name())).toList();
            tenders.publish(tender, CommitteeFormedV1.TYPE, new CommitteeFormedV1(tenderId, seats, committee.seed, now));
        }
        return committee;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Committee require(UUID tenderId) {
        return Committee.<Committee>findByIdOptional(tenderId)
                .orElseThrow(() -> new NotFoundProblem("no committee of tender " + tenderId));
    }

    /** Every member ever seated, in seat order: experts by draw position, then representatives. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitteeMember> members(UUID tenderId) {
        return CommitteeMember.list("tenderId = ?1 order by drawPosition nulls last, username", tenderId);
    }

    /** The member acting as this login who declared no conflict, if any (one query). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommitteeMember> sitting(UUID tenderId, String username) {
        return CommitteeMember.<CommitteeMember>find("tenderId = ?1 and username = ?2 and status = ?3", tenderId, username,
                CommitteeMember.Status.SITTING).firstResultOptional();
    }

    /** Whether this login holds a seat on the tender's committee (withdrawn members do not). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean seats(UUID tenderId, String username) {
        return CommitteeMember.count("tenderId = ?1 and username = ?2 and status <> ?3", tenderId, username,
                CommitteeMember.Status.WITHDRAWN) > 0;
    }

    /**
     * The member of a formed committee acting as this login; anyone else finds nothing (404). Only a
     * formed committee — every member declared no conflict — reviews and scores.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeMember sittingMember(UUID tenderId, String username) {
        Committee committee = Committee.findById(tenderId);
        CommitteeMember member = committee == null ? null : sitting(tenderId, username).orElse(null);
        if (member == null) {
            throw new NotFoundProblem("no committee of tender " + tenderId);
        }
        if (committee.status != Committee.Status.FORMED) {
            throw new IllegalTransitionException("the committee is " + committee.status
                    + ": it reviews and scores once every member has declared no conflict");
        }
        return member;
    }
}
