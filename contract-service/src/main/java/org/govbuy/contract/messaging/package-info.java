/** Event payloads of purchase contracts (购买服务合同) (records named with their version) and consumers of other services' events. */
package org.govbuy.contract.messaging;
