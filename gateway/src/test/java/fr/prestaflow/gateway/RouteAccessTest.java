package fr.prestaflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Every rule of {@link RouteAccess}, tried by every kind of caller: let through, 401 without a token, 403 otherwise. */
class RouteAccessTest extends GatewayTest {

    enum Caller {
        ANONYMOUS(() -> null),
        MEMBER(() -> TestTokens.member("member-of-the-rules-test", "CT-000001")),
        OPS(TestTokens::ops),
        SUPERVISOR(TestTokens::supervisor),
        INTEGRATOR(TestTokens::integrator);

        private final Supplier<String> token;

        Caller(Supplier<String> token) {
            this.token = token;
        }
    }

    private static final Caller[] ANYONE = Caller.values();
    private static final Caller[] MEMBERS = {Caller.MEMBER};
    private static final Caller[] STAFF = {Caller.OPS, Caller.SUPERVISOR};
    private static final Caller[] SUPERVISORS = {Caller.SUPERVISOR};
    private static final Caller[] MEMBERS_AND_STAFF = {Caller.MEMBER, Caller.OPS, Caller.SUPERVISOR};
    private static final Caller[] NOBODY = {};

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("GET", "/.well-known/openid-configuration", ANYONE),
                rule("GET", "/oauth2/jwks", ANYONE),
                rule("GET", "/api/v1/auth/anything", ANYONE),
                rule("GET", "/api/v1/health/notification", ANYONE),
                rule("GET", "/actuator/health", ANYONE),
                rule("POST", "/api/v1/claims", MEMBERS),
                rule("POST", "/api/v1/uploads/u-1/files", MEMBERS),
                rule("GET", "/api/v1/documents/d-1", MEMBERS_AND_STAFF),
                rule("GET", "/api/v1/review-queue", STAFF),
                rule("POST", "/api/v1/review-queue/c-1/decision", STAFF),
                rule("GET", "/api/v1/claims", MEMBERS_AND_STAFF),
                rule("GET", "/api/v1/claims/c-1/events", MEMBERS_AND_STAFF),
                rule("PUT", "/api/v1/claims/c-1", NOBODY),
                rule("GET", "/api/v1/statements", MEMBERS_AND_STAFF),
                rule("GET", "/api/v1/notification-preferences", MEMBERS_AND_STAFF),
                rule("PUT", "/api/v1/notification-preferences", MEMBERS),
                rule("POST", "/api/v1/quotes", MEMBERS),
                rule("GET", "/api/v1/plans", MEMBERS_AND_STAFF),
                rule("GET", "/api/v1/plans/CONFORT", MEMBERS_AND_STAFF),
                rule("PUT", "/api/v1/plans/CONFORT", STAFF),
                rule("GET", "/api/v1/contracts/CT-000001", MEMBERS_AND_STAFF),
                rule("GET", "/api/v1/contracts/CT-000001/attestation", MEMBERS_AND_STAFF),
                rule("GET", "/api/v1/contracts/CT-000002", STAFF),
                rule("PUT", "/api/v1/contracts/CT-000001", STAFF),
                rule("GET", "/api/v1/contracts", STAFF),
                rule("GET", "/api/v1/adjudications/c-1", STAFF),
                rule("PUT", "/api/v1/bank-accounts/me", MEMBERS),
                rule("GET", "/api/v1/bank-accounts/me", MEMBERS),
                rule("PUT", "/api/v1/bank-accounts/practitioners/P-1", STAFF),
                rule("GET", "/api/v1/payment-orders", STAFF),
                rule("POST", "/api/v1/noemie/files", new Caller[] {Caller.OPS, Caller.SUPERVISOR, Caller.INTEGRATOR}),
                rule("GET", "/api/v1/noemie/files", new Caller[] {Caller.OPS, Caller.SUPERVISOR, Caller.INTEGRATOR}),
                rule("GET", "/api/v1/me/data-export", MEMBERS),
                rule("POST", "/api/v1/me/erasure-requests", MEMBERS),
                rule("POST", "/api/v1/erasure-requests", STAFF),
                rule("GET", "/api/v1/privacy/retention/payment", STAFF),
                rule("GET", "/api/v1/privacy/export", NOBODY),
                rule("POST", "/api/v1/privacy/erasure", NOBODY),
                rule("GET", "/api/v1/dead-letters/teletransmission", STAFF),
                rule("POST", "/api/v1/dead-letters/adjudication/d-1/replay", STAFF),
                rule("GET", "/api/v1/audit-events/adjudication", SUPERVISORS),
                rule("GET", "/api/v1/audit-events/payment", SUPERVISORS),
                rule("GET", "/api/v1/audit-events/adjudication/e-1", NOBODY),
                rule("DELETE", "/api/v1/audit-events/adjudication", NOBODY),
                rule("GET", "/api/v1/not-an-api", NOBODY),
                rule("GET", "/actuator/gateway/routes", NOBODY),
                rule("GET", "/actuator/env", NOBODY));
    }

    private static Stream<Arguments> ruleCases(String method, String path, Caller[] allowed) {
        Set<Caller> let = Set.of(allowed);
        return Arrays.stream(Caller.values()).map(caller -> Arguments.of(method, path, caller, let.contains(caller)));
    }

    private static Arguments rule(String method, String path, Caller[] allowed) {
        return Arguments.of(method, path, allowed);
    }

    static Stream<Arguments> cases() {
        return rules().flatMap(rule -> {
            Object[] values = rule.get();
            return ruleCases((String) values[0], (String) values[1], (Caller[]) values[2]);
        });
    }

    @ParameterizedTest(name = "{0} {1} by {2}: allowed {3}")
    @MethodSource("cases")
    void every_route_has_an_explicit_rule(String method, String path, Caller caller, boolean allowed) {
        String token = caller.token.get();
        var request = client.method(HttpMethod.valueOf(method)).uri(path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.headers(h -> h.setBearerAuth(token));
        }

        int status = request.bodyValue("{}").exchange().returnResult(String.class).getStatus().value();

        if (allowed) {
            assertThat(status).as("let through").isNotIn(401, 403);
        } else if (caller == Caller.ANONYMOUS) {
            assertThat(status).isEqualTo(401);
        } else {
            assertThat(status).isEqualTo(403);
        }
    }
}
