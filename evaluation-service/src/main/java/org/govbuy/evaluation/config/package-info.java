/** Typed configuration (@ConfigMapping) of performance evaluation (绩效评价). */
package org.govbuy.evaluation.config;
