package org.govbuy.tender.domain;

/** How a purchase finds its supplier (采购方式; seed 000 §八.(二), 003 §三.4). */
public enum ProcurementMethod {
    /** 公开招标: any qualified supplier may bid; the default for non-specialised services. */
    OPEN_TENDER,
    /** 邀请招标 / 有限竞争: only the invited suppliers may bid. */
    INVITED_TENDER,
    /** 竞争性谈判: negotiation with the qualified suppliers who bid. */
    COMPETITIVE_NEGOTIATION,
    /** 单一来源 / 定向委托: the named supplier only, after a public notice period without open objections. */
    SINGLE_SOURCE;

    /** Single source avoids competition: it has to say why (seed 003 §五.2). */
    public boolean needsJustification() {
        return this == SINGLE_SOURCE;
    }
}
