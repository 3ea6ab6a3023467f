/** Entities, value objects and state machines of performance evaluation (绩效评价): plain Java, no framework calls beyond JPA annotations. */
package org.govbuy.evaluation.domain;
