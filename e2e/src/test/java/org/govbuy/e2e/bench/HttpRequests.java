package org.govbuy.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/** HTTP requests for the load drivers: one client per load, success is a 2xx or a 304. */
public final class HttpRequests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    /** GETs of one address. */
    public OpenModelLoad.Request get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        return sequence -> send(request);
    }

    /** A request built per sequence number (a new body, another token …). */
    public OpenModelLoad.Request each(LongFunction<HttpRequest> requestFor) {
        return sequence -> send(requestFor.apply(sequence));
    }

    private CompletableFuture<Boolean> send(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() / 100 == 2 || response.statusCode() == 304);
    }

    /**
     * The closed-model ceiling: {@code concurrency} clients each sending the next request as soon as
     * the last is answered, until {@code duration} has passed; successful answers per second, over
     * the time until the last answer came (so a few slow, cold answers in a short run still count).
     * Only used to find the saturation rate an open-model run is then set against.
     */
    public static double saturation(OpenModelLoad.Request request, int concurrency, Duration duration) {
        AtomicLong sequence = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        CompletableFuture<?>[] clients = new CompletableFuture<?>[concurrency];
        for (int i = 0; i < concurrency; i++) {
            clients[i] = loop(request, sequence, ok, end);
        }
        CompletableFuture.allOf(clients).orTimeout(duration.plus(TIMEOUT).toMillis(), TimeUnit.MILLISECONDS).join();
        return ok.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static CompletableFuture<Void> loop(OpenModelLoad.Request request, AtomicLong sequence, AtomicLong ok,
            long end) {
        if (System.nanoTime() >= end) {
            return CompletableFuture.completedFuture(null);
        }
        return request.apply(sequence.getAndIncrement()).handle((success, failure) -> {
            if (failure == null && Boolean.TRUE.equals(success)) {
                ok.incrementAndGet();
            }
            return null;
        }).thenComposeAsync(nothing -> loop(request, sequence, ok, end));
    }
}
