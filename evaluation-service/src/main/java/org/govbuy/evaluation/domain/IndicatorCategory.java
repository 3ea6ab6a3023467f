package org.govbuy.evaluation.domain;

/**
 * What an indicator measures (seed 000 §九.(二)): the quantity, quality and funds use of the
 * service, the satisfaction of its recipients, and the development of the organisation.
 * Quantity is measured from the contract's deliverables where it has any, satisfaction from the
 * recipients' survey; the others are assessed by the agency and the purchaser.
 */
public enum IndicatorCategory {
    /** 服务数量 */
    QUANTITY,
    /** 服务质量 */
    QUALITY,
    /** 资金使用 */
    FUNDS_USE,
    /** 服务对象满意度 */
    SATISFACTION,
    /** 组织发展 */
    DEVELOPMENT
}
