/** REST resources and DTOs of purchase contracts (购买服务合同) under /api/v1; thin, no rules. */
package org.govbuy.contract.rest;
