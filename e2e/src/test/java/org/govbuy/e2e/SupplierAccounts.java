package org.govbuy.e2e;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.awaitility.Awaitility;

import io.restassured.http.ContentType;

/**
 * Social service organisations that may bid, each with a login of its own: registered by Haidian's
 * civil affairs with this year's tax and social-insurance evidence, known to tender-service, and a
 * Keycloak user (role supplier, {@code uscc} claim) created through Keycloak's admin API.
 */
final class SupplierAccounts {

    /** One supplier and the login that acts for it (password {@code govbuy}). */
    record Account(String uscc, String username) {
    }

    private static final int PARALLEL = 6;

    private SupplierAccounts() {
    }

    static List<Account> eligible(WholeSuite suite, int count, String namePrefix) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String uscc = SupplierRegistrationIT.newUscc();
            accounts.add(new Account(uscc, "bidder-" + uscc.toLowerCase()));
        }
        String civil = Keycloak.bearerFor(suite, "civil.haidian");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        // founded within the last year: no annual inspection is due yet (the projection's rule)
        String founded = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30).toString();
        inParallel(accounts, account -> {
            int n = accounts.indexOf(account);
            given().header("Authorization", civil).contentType(ContentType.JSON).body("""
                    {"uscc":"%s","name":"%s%d号社工站","organisationType":"SOCIAL_SERVICE_ORGANISATION",
                     "registrationAuthority":"北京市海淀区民政局","establishedOn":"%s","region":"110108"}"""
                    .formatted(account.uscc(), namePrefix, n, founded))
                    .post("/api/v1/suppliers").then().statusCode(201);
            for (String kind : List.of("TAX", "SOCIAL_INSURANCE")) {
                given().header("Authorization", civil).contentType(ContentType.JSON).body("""
                        {"kind":"%s","inGoodStanding":true,"asOf":"%s","evidenceReference":"完税及社保缴费证明 %s"}"""
                        .formatted(kind, today, today))
                        .post("/api/v1/suppliers/" + account.uscc() + "/compliance").then().statusCode(200);
            }
            return null;
        });
        createLogins(suite, accounts);
        String buyer = Keycloak.bearerFor(suite, "buyer.haidian");
        for (Account account : accounts) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                var answer = given().header("Authorization", buyer).get("/api/v1/tenders/suppliers/" + account.uscc());
                return answer.statusCode() == 200 && answer.<Boolean>path("taxInGoodStanding")
                        && answer.<Boolean>path("socialInsuranceInGoodStanding");
            });
        }
        return accounts;
    }

    /** Their access tokens, fetched in parallel (a token lives 15 minutes in the demo realm). */
    static Map<Account, String> bearers(WholeSuite suite, List<Account> accounts) {
        List<String> tokens = inParallel(accounts, account -> Keycloak.bearerFor(suite, account.username()));
        Map<Account, String> bearers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            bearers.put(accounts.get(i), tokens.get(i));
        }
        return bearers;
    }

    /** A login per account: role supplier, its uscc and region as attributes. */
    private static void createLogins(WholeSuite suite, List<Account> accounts) {
        Map<String, Map<String, String>> users = new java.util.LinkedHashMap<>();
        accounts.forEach(a -> users.put(a.username(), Map.of("uscc", a.uscc(), "region", "110108")));
        Keycloak.createUsers(suite, "supplier", users);
    }

    static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> work.apply(item))).toList();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
