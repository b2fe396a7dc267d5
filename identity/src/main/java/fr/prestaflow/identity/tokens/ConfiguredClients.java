package fr.prestaflow.identity.tokens;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Integrators' OAuth2 clients, from configuration: every replica has the same list without a table to keep in step.
 * Unlike Spring's in-memory repository it accepts an empty list (a deployment without integrators).
 */
final class ConfiguredClients implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byId;
    private final Map<String, RegisteredClient> byClientId;

    ConfiguredClients(List<RegisteredClient> clients) {
        this.byId = clients.stream().collect(Collectors.toUnmodifiableMap(RegisteredClient::getId, Function.identity()));
        this.byClientId = clients.stream().collect(Collectors.toUnmodifiableMap(RegisteredClient::getClientId, Function.identity()));
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Integrator clients come from configuration (prestaflow.identity.clients)");
    }

    @Override
    public RegisteredClient findById(String id) {
        return byId.get(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }
}
