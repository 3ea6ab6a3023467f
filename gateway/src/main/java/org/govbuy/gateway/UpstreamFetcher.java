package org.govbuy.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * GETs of the services' own documents (health, OpenAPI) with short time-outs, all services at
 * once: a document from every service costs the time of the slowest, not of all together.
 */
@ApplicationScoped
public class UpstreamFetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Each service's answer (any status), or empty when it could not be reached in time. */
    public Map<String, Optional<HttpResponse<String>>> getFromEach(GatewayConfig config,
            java.util.function.Function<GatewayConfig.Upstream, String> pathOf) {
        Map<String, CompletableFuture<Optional<HttpResponse<String>>>> pending = new TreeMap<>();
        config.routes().forEach((service, upstream) -> pending.put(service, getAsync(upstream.url(), pathOf.apply(upstream))));
        Map<String, Optional<HttpResponse<String>>> answers = new TreeMap<>();
        pending.forEach((service, answer) -> answers.put(service, answer.join()));
        return answers;
    }

    private CompletableFuture<Optional<HttpResponse<String>>> getAsync(URI base, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(Optional::of)
                .exceptionally(unreachable -> Optional.empty());
    }
}
