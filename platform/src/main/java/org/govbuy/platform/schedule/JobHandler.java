package org.govbuy.platform.schedule;

/**
 * What a job of one kind does when it is due. {@link #run} is called inside the transaction that
 * claims the job and marks it done: its effect and "done" commit together, once across replicas.
 * Keep a run short; a long piece of work schedules one job per part instead.
 */
public interface JobHandler {

    /** The kind this handler runs, e.g. {@code tender.close-bidding}. */
    String kind();

    void run(DueJob job);
}
