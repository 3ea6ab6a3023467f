package org.govbuy.contract.domain;

/**
 * The level of government that funds a share of a contract (分级承担): the central government
 * (中央), a province or autonomous region (省、自治区), a prefecture or city (市、地区), a county or
 * district (县、区). Seed 000 篇3 §三.(五) shares a project region : prefecture : county = 6 : 2 : 2.
 */
public enum FundingLevel {
    NATIONAL, PROVINCE, PREFECTURE, COUNTY
}
