package fr.prestaflow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds the {@link Caller} from the identity headers the gateway sets (it replaces any the client sent). A parameter
 * {@code Optional<Caller>} is empty, instead of 401, for endpoints that also serve calls without identity.
 * {@code X-Access-Reason}, when sent, must be one of {@link AccessReason}: 400 {@code INVALID_ACCESS_REASON} otherwise.
 */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class
                || parameter.getParameterType() == Optional.class && parameter.nested().getNestedParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Optional<Caller> caller = request == null ? Optional.empty() : callerIfAny(request);
        return parameter.getParameterType() == Optional.class ? caller : caller.orElseGet(CallerArgumentResolver::unauthenticated);
    }

    /** The caller of a request, for resolvers of a service's own parameter types; 401 without identity. */
    public static Caller callerOf(HttpServletRequest request) {
        return callerIfAny(request).orElseGet(CallerArgumentResolver::unauthenticated);
    }

    /** The caller of a request, empty without identity headers. */
    public static Optional<Caller> callerIfAny(HttpServletRequest request) {
        Optional<AccessReason> reason = Optional.ofNullable(request.getHeader(AccessReason.HEADER))
                .filter(r -> !r.isBlank()).map(AccessReason::parse);
        String contract = request.getHeader(Caller.MEMBER_CONTRACT_HEADER);
        if (contract != null && !contract.isBlank()) {
            return Optional.of(Caller.member(contract.strip()));
        }
        String roles = request.getHeader(Caller.ROLE_HEADER);
        if (roles != null && !roles.isBlank()) {
            Set<String> parsed = Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                    .map(String::toUpperCase).collect(Collectors.toSet());
            String agent = request.getHeader(Caller.AGENT_HEADER);
            return Optional.of(new Caller(Optional.empty(), parsed, Optional.ofNullable(agent).filter(a -> !a.isBlank()),
                    reason));
        }
        return Optional.empty();
    }

    private static Caller unauthenticated() {
        throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Authentication required",
                "The request carries no member or staff identity");
    }
}
