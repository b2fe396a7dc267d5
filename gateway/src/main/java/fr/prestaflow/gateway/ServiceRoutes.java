package fr.prestaflow.gateway;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Routes that exist once per service: ops' dead-letter inspection and replay ({@code /api/v1/dead-letters/<service>/...}),
 * supervisors' audit log of staff access to members' data ({@code /api/v1/audit-events/<service>}) and each service's
 * health ({@code /api/v1/health/<service>}), so one port shows the whole stack. Identity consumes no events and holds no
 * member data the platform audits, so it has neither dead letters nor an audit log. Services holding members' data also
 * show ops what they keep of an erased member ({@code /api/v1/privacy/retention/<service>?contract=}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceRoutes.Services.class)
class ServiceRoutes {

    private static final Set<String> WITHOUT_PLATFORM_APIS = Set.of("identity");

    @ConfigurationProperties("prestaflow.gateway")
    record Services(Map<String, String> services) {
    }

    @Bean
    RouteLocator perServiceRoutes(RouteLocatorBuilder builder, Services services) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        services.services().forEach((name, uri) -> {
            if (!WITHOUT_PLATFORM_APIS.contains(name)) {
                routes.route("dead-letters-" + name, r -> r.path("/api/v1/dead-letters/" + name, "/api/v1/dead-letters/" + name + "/**")
                        .filters(f -> f.rewritePath("/api/v1/dead-letters/" + name + "(?<rest>/?.*)", "/api/v1/dead-letters${rest}"))
                        .uri(uri));
                routes.route("audit-events-" + name, r -> r.path("/api/v1/audit-events/" + name)
                        .filters(f -> f.rewritePath("/api/v1/audit-events/" + name, "/api/v1/audit-events"))
                        .uri(uri));
            }
            if (PrivacyServices.HOLDING_MEMBER_DATA.contains(name)) {
                routes.route("privacy-retention-" + name, r -> r.path("/api/v1/privacy/retention/" + name).and().method(HttpMethod.GET)
                        .filters(f -> f.setPath("/api/v1/privacy/retention"))
                        .uri(uri));
            }
            routes.route("health-" + name, r -> r.path("/api/v1/health/" + name)
                    .filters(f -> f.setPath("/actuator/health"))
                    .uri(uri));
        });
        return routes.build();
    }
}
