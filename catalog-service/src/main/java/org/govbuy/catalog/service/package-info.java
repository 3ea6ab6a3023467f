/** Use cases of the guidance catalogue (指导性目录), one transaction each; state changes hand their events to the platform outbox. */
package org.govbuy.catalog.service;
