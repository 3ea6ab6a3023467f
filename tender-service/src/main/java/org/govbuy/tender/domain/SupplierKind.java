package org.govbuy.tender.domain;

/**
 * The organisation types a tender may admit, as credit-service names them (tender-service keeps its
 * own copy of the names it reads).
 */
public enum SupplierKind {
    /** 社会团体 */
    SOCIAL_GROUP,
    /** 社会服务机构 (民办非企业单位) */
    SOCIAL_SERVICE_ORGANISATION,
    /** 基金会 */
    FOUNDATION,
    /** 企业 */
    ENTERPRISE,
    /** 事业单位 */
    PUBLIC_INSTITUTION;

    /** Social organisations (社会组织) are inspected annually by civil affairs (年检). */
    public boolean hasAnnualInspection() {
        return isSocialOrganisation();
    }

    /** 社会组织: social groups, social service organisations and foundations. */
    public boolean isSocialOrganisation() {
        return this == SOCIAL_GROUP || this == SOCIAL_SERVICE_ORGANISATION || this == FOUNDATION;
    }

    public static SupplierKind of(String name) {
        try {
            return name == null ? null : valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
