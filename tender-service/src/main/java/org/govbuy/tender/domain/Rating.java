package org.govbuy.tender.domain;

/** A social organisation's assessed rating (社会组织评估等级), 1A to 5A; NONE when it holds none. */
public enum Rating {
    NONE, A1, A2, A3, A4, A5;

    public boolean atLeast(Rating minimum) {
        return compareTo(minimum) >= 0;
    }

    public String label() {
        return this == NONE ? "none" : name().charAt(1) + "A";
    }

    public static Rating of(String name) {
        try {
            return name == null ? NONE : valueOf(name);
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }
}
