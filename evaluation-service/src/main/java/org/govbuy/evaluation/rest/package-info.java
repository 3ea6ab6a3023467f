/** REST resources and DTOs of performance evaluation (绩效评价) under /api/v1; thin, no rules. */
package org.govbuy.evaluation.rest;
