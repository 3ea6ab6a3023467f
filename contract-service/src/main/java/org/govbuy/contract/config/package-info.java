/** Typed configuration (@ConfigMapping) of purchase contracts (购买服务合同). */
package org.govbuy.contract.config;
