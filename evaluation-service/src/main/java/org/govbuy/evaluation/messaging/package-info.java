/** Event payloads of performance evaluation (绩效评价) (records named with their version) and consumers of other services' events. */
package org.govbuy.evaluation.messaging;
