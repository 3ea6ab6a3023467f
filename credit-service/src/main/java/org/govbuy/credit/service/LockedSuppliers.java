package org.govbuy.credit.service;

import java.util.HashSet;
import java.util.Set;

import jakarta.transaction.TransactionScoped;

/** The suppliers the current transaction has locked for change (see SupplierFacts.lockForChange). */
@TransactionScoped
public class LockedSuppliers implements java.io.Serializable {

    private final Set<String> codes = new HashSet<>();

    void add(String uscc) {
        codes.add(uscc);
    }

    boolean contains(String uscc) {
        return codes.contains(uscc);
    }
}
