/** Event payloads of the guidance catalogue (指导性目录) (records named with their version) and consumers of other services' events. */
package org.govbuy.catalog.messaging;
