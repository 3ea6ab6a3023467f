/** Use cases of performance evaluation (绩效评价), one transaction each; state changes hand their events to the platform outbox. */
package org.govbuy.evaluation.service;
