package org.govbuy.contract.domain;

/** The two parties who sign: the purchaser (甲方) and the supplier (乙方, a consortium's lead for all). */
public enum Party {
    PURCHASER, SUPPLIER
}
