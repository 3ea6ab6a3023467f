package org.govbuy.credit.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A related organisation a supplier names (关联方): same legal representative or a parent in
 * common. Used for conflict checks and to extend a debarment to affiliates.
 */
@Entity
@Table(name = "supplier_affiliate")
@IdClass(Affiliation.Key.class)
public class Affiliation extends PanacheEntityBase {

    public enum Relation {
        SAME_LEGAL_REPRESENTATIVE, COMMON_PARENT, PARENT, SUBSIDIARY
    }

    public record Key(String uscc, String affiliateUscc) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(length = 18)
    public String uscc;

    @Id
    @Column(name = "affiliate_uscc", length = 18)
    public String affiliateUscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Relation relation;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    /** Same legal representative and a parent in common relate both organisations alike. */
    public boolean holdsBothWays() {
        return relation == Relation.SAME_LEGAL_REPRESENTATIVE || relation == Relation.COMMON_PARENT;
    }
}
