package org.govbuy.credit.domain;

/** What kind of organisation a supplier (承接主体) is (seed 000 §五). */
public enum OrganisationType {
    /** 社会团体 */
    SOCIAL_GROUP,
    /** 社会服务机构 (formerly 民办非企业单位) */
    SOCIAL_SERVICE_ORGANISATION,
    /** 基金会 */
    FOUNDATION,
    /** 企业 */
    ENTERPRISE,
    /** 事业单位 */
    PUBLIC_INSTITUTION;

    /** Social organisations (社会组织) are preferred at equal conditions in some services (seed 003 §三.3). */
    public boolean isSocialOrganisation() {
        return this == SOCIAL_GROUP || this == SOCIAL_SERVICE_ORGANISATION || this == FOUNDATION;
    }
}
