/** Entities, value objects and state machines of purchase contracts (购买服务合同): plain Java, no framework calls beyond JPA annotations. */
package org.govbuy.contract.domain;
