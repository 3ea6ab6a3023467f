/** Entities, value objects and state machines of the guidance catalogue (指导性目录): plain Java, no framework calls beyond JPA annotations. */
package org.govbuy.catalog.domain;
