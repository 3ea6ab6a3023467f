/** Use cases of purchase contracts (购买服务合同), one transaction each; state changes hand their events to the platform outbox. */
package org.govbuy.contract.service;
