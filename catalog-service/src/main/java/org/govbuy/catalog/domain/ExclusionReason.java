package org.govbuy.catalog.domain;

/** Why a service may never be bought from social forces (seed 000 §六). */
public enum ExclusionReason {
    /** 法律法规规章有规定 */
    RESERVED_BY_LAW,
    /** 涉及国家安全、保密事项 */
    NATIONAL_SECURITY_OR_SECRETS,
    /** 不属于政府职责范围 */
    NOT_A_GOVERNMENT_DUTY
}
