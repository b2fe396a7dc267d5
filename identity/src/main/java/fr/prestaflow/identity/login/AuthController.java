package fr.prestaflow.identity.login;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.prestaflow.identity.accounts.Account;
import fr.prestaflow.identity.tokens.AccessTokens;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Logging in and enrolling an authenticator app, with one request each so that curl is enough: JSON or an HTML form
 * body. Integrators do not log in here: they use client_credentials at {@code /oauth2/token}.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final Authenticator authenticator;
    private final TotpEnrolment enrolment;
    private final AccessTokens tokens;

    AuthController(Authenticator authenticator, TotpEnrolment enrolment, AccessTokens tokens) {
        this.authenticator = authenticator;
        this.enrolment = enrolment;
        this.tokens = tokens;
    }

    /** The OAuth2 token response shape (RFC 6749 section 5.1), so OAuth2 client code can read it. */
    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn) {
    }

    record EnrolmentResponse(String secret, String otpauthUri, List<String> recoveryCodes) {
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> token(@Valid @RequestBody Credentials credentials) {
        return issue(credentials);
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<TokenResponse> tokenFromForm(@Valid @ModelAttribute Credentials credentials) {
        return issue(credentials);
    }

    @PostMapping(path = "/totp/enrolment", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EnrolmentResponse> startEnrolment(@Valid @RequestBody Credentials credentials) {
        TotpEnrolment.Enrolment started = enrolment.start(credentials);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new EnrolmentResponse(started.secret(), started.otpauthUri(), started.recoveryCodes()));
    }

    @PostMapping(path = "/totp/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmEnrolment(@Valid @RequestBody Credentials credentials) {
        enrolment.confirm(credentials);
    }

    private ResponseEntity<TokenResponse> issue(Credentials credentials) {
        Account account = authenticator.login(credentials);
        AccessTokens.AccessToken token = tokens.issue(account);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
    }
}
