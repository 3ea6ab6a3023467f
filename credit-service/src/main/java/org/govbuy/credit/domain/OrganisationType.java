package org.govbuy.credit.domain;

import java.util.Set;

/** What kind of organisation a supplier (承接主体) is (seed 000 §五). */
public enum OrganisationType {
    /** 社会团体: registered by civil affairs, code 51… */
    SOCIAL_GROUP("51"),
    /** 社会服务机构 (formerly 民办非企业单位): civil affairs, code 52… */
    SOCIAL_SERVICE_ORGANISATION("52"),
    /** 基金会: civil affairs, code 53… */
    FOUNDATION("53"),
    /** 企业 (or a farmers' cooperative): market regulation, code 91… or 93… */
    ENTERPRISE("91", "93"),
    /** 事业单位: the establishment office, code 12… */
    PUBLIC_INSTITUTION("12");

    /** The registration authority and type characters (GB 32100-2015) a code of this type begins with. */
    private final Set<String> codePrefixes;

    OrganisationType(String... codePrefixes) {
        this.codePrefixes = Set.of(codePrefixes);
    }

    /** Null when a code beginning with {@code prefix} can be of this type, else why not. */
    public String problemWithCodePrefix(String prefix) {
        if (codePrefixes.contains(prefix)) {
            return null;
        }
        String registeredAs = java.util.Arrays.stream(values()).filter(t -> t.codePrefixes.contains(prefix))
                .map(Enum::name).findFirst().orElse(null);
        return "a code beginning " + prefix + (registeredAs != null ? " is registered as " + registeredAs
                : " is of no supplier type") + ", not " + this + " (" + this + " codes begin "
                + String.join(" or ", new java.util.TreeSet<>(codePrefixes)) + ")";
    }

    /** Social organisations (社会组织) are preferred at equal conditions in some services (seed 003 §三.3). */
    public boolean isSocialOrganisation() {
        return this == SOCIAL_GROUP || this == SOCIAL_SERVICE_ORGANISATION || this == FOUNDATION;
    }

    /**
     * What "annual inspection or assessment passed" (年检或考核合格, seed 000 §五(六)) means for this
     * type: civil affairs' annual inspection (年检) for a social organisation; for an enterprise or a
     * public institution, its annual report filed with its own registration authority (年度报告公示).
     */
    public boolean hasAnnualInspection() {
        return isSocialOrganisation();
    }
}
