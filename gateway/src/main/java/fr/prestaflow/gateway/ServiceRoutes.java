package fr.prestaflow.gateway;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes that exist once per service: ops' dead-letter inspection and replay ({@code /api/v1/dead-letters/<service>/...})
 * and each service's health ({@code /api/v1/health/<service>}), so one port shows the whole stack.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceRoutes.Services.class)
class ServiceRoutes {

    @ConfigurationProperties("prestaflow.gateway")
    record Services(Map<String, String> services) {
    }

    @Bean
    RouteLocator perServiceRoutes(RouteLocatorBuilder builder, Services services) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        services.services().forEach((name, uri) -> {
            routes.route("dead-letters-" + name, r -> r.path("/api/v1/dead-letters/" + name, "/api/v1/dead-letters/" + name + "/**")
                    .filters(f -> f.rewritePath("/api/v1/dead-letters/" + name + "(?<rest>/?.*)", "/api/v1/dead-letters${rest}"))
                    .uri(uri));
            routes.route("health-" + name, r -> r.path("/api/v1/health/" + name)
                    .filters(f -> f.setPath("/actuator/health"))
                    .uri(uri));
        });
        return routes.build();
    }
}
