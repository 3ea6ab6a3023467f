package org.govbuy.gateway;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service owns a path: the longest configured prefix that matches whole path segments
 * ({@code /api/v1/suppliers} matches {@code /api/v1/suppliers/X} but not {@code /api/v1/suppliersX}).
 */
public final class RouteTable {

    /** A prefix and the service that owns it. */
    public record Route(String prefix, String service, URI url) {
    }

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
        this.routes = List.copyOf(sorted);
        for (Route route : routes) {
            if (!route.prefix().startsWith("/") || route.prefix().endsWith("/")) {
                throw new IllegalArgumentException("route prefix must start and not end with '/': " + route.prefix());
            }
        }
        routes.stream().collect(java.util.stream.Collectors.groupingBy(Route::prefix)).forEach((prefix, owners) -> {
            if (owners.size() > 1) {
                throw new IllegalArgumentException("prefix " + prefix + " is claimed by more than one service");
            }
        });
    }

    public static RouteTable from(Map<String, GatewayConfig.Upstream> upstreams) {
        List<Route> routes = new ArrayList<>();
        upstreams.forEach((service, upstream) -> upstream.prefixes()
                .forEach(prefix -> routes.add(new Route(prefix, service, upstream.url()))));
        return new RouteTable(routes);
    }

    public Optional<Route> resolve(String path) {
        for (Route route : routes) {
            if (path.equals(route.prefix()) || path.startsWith(route.prefix() + "/")) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }
}
