package org.govbuy.catalog.domain;

/** The three levels of the guidance catalogue (指导性目录). */
public enum EntryLevel {
    /** 大类 */
    CATEGORY,
    /** 大项 */
    ITEM,
    /** 小项: what a purchase references */
    SUB_ITEM;

    /** The level a parent of this level has; null for a category. */
    public EntryLevel parentLevel() {
        return switch (this) {
            case CATEGORY -> null;
            case ITEM -> CATEGORY;
            case SUB_ITEM -> ITEM;
        };
    }
}
