package org.govbuy.credit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** History of the supplier register: who changed which field from what to what, and when. */
@Entity
@Table(name = "supplier_change")
public class SupplierChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(nullable = false, length = 40)
    public String field;

    @Column(name = "old_value", length = 300)
    public String oldValue;

    @Column(name = "new_value", length = 300)
    public String newValue;

    @Column(name = "changed_by", nullable = false, length = 100)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    static SupplierChange of(String uscc, String field, Object oldValue, Object newValue, String by, Instant at) {
        SupplierChange change = new SupplierChange();
        change.id = UUID.randomUUID();
        change.uscc = uscc;
        change.field = field;
        change.oldValue = oldValue == null ? null : oldValue.toString();
        change.newValue = newValue == null ? null : newValue.toString();
        change.changedBy = by;
        change.changedAt = at;
        return change;
    }
}
