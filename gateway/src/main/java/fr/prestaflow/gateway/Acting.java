package fr.prestaflow.gateway;

import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * On whose behalf the gateway calls the services' privacy endpoints, as identity headers: the member themself, or an
 * ops agent naming the member's contract. The same headers {@link IdentityHeadersFilter} sets on routed requests.
 */
record Acting(String contract, boolean member, Optional<String> agent, String roles) {

    static Acting member(String contract) {
        return new Acting(contract, true, Optional.empty(), "");
    }

    static Acting ops(JwtAuthenticationToken token, String contract) {
        String roles = TokenAuthentication.hasRole(token, TokenAuthentication.SUPERVISOR)
                ? TokenAuthentication.OPS + "," + TokenAuthentication.SUPERVISOR : TokenAuthentication.OPS;
        return new Acting(contract, false, Optional.of(token.getName()), roles);
    }

    void writeTo(HttpHeaders headers) {
        if (member) {
            headers.set(IdentityHeadersFilter.MEMBER_CONTRACT, contract);
        } else {
            headers.set(IdentityHeadersFilter.ROLE, roles);
            agent.ifPresent(name -> headers.set(IdentityHeadersFilter.AGENT, name));
        }
    }
}
