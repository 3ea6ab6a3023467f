/** REST resources and DTOs of the guidance catalogue (指导性目录) under /api/v1; thin, no rules. */
package org.govbuy.catalog.rest;
