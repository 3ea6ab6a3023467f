package org.govbuy.tender.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * A seat on a tender's committee: a drawn expert or a purchaser's representative. Before seeing any
 * bid a member declares whether they have a conflict with the named bidders (回避); one who does is
 * replaced and stays on record as such.
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends PanacheEntityBase {

    public enum Kind {
        EXPERT, PURCHASER_REPRESENTATIVE
    }

    public enum Status {
        /** Drawn or named; has not declared yet. */
        DRAWN,
        /** Declared no conflict with the bidders: sits on the committee. */
        SITTING,
        /** Declared a conflict: replaced. */
        WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "expert_id")
    public UUID expertId;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String name;

    /** The expert's place in the draw's order (1 = first drawn); none for a representative. */
    @Column(name = "draw_position")
    public Integer drawPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The conflict declared, for a withdrawn member. */
    public String conflict;

    @Column(name = "declared_at")
    public Instant declaredAt;

    static CommitteeMember expert(UUID tenderId, Expert expert, int drawPosition) {
        CommitteeMember m = seat(tenderId, Kind.EXPERT, expert.username, expert.name);
        m.expertId = expert.id;
        m.drawPosition = drawPosition;
        return m;
    }

    static CommitteeMember representative(UUID tenderId, String username, String name) {
        return seat(tenderId, Kind.PURCHASER_REPRESENTATIVE, username, name);
    }

    private static CommitteeMember seat(UUID tenderId, Kind kind, String username, String name) {
        CommitteeMember m = new CommitteeMember();
        m.id = UUID.randomUUID();
        m.tenderId = tenderId;
        m.kind = kind;
        m.username = username;
        m.name = name;
        m.status = Status.DRAWN;
        return m;
    }

    void declare(String conflictDeclared, Instant now) {
        if (status != Status.DRAWN) {
            throw new IllegalTransitionException("member " + username + " has declared already (" + status + ")");
        }
        status = conflictDeclared == null ? Status.SITTING : Status.WITHDRAWN;
        conflict = conflictDeclared;
        declaredAt = now;
    }

    public boolean isSeated() {
        return status != Status.WITHDRAWN;
    }
}
