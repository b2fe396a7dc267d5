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

/** Builds the {@link Caller} from the identity headers the gateway sets (it replaces any the client sent). */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return request == null ? unauthenticated() : callerOf(request);
    }

    /** The caller of a request, for resolvers of a service's own parameter types; 401 without identity. */
    public static Caller callerOf(HttpServletRequest request) {
        String contract = request.getHeader(Caller.MEMBER_CONTRACT_HEADER);
        if (contract != null && !contract.isBlank()) {
            return Caller.member(contract.strip());
        }
        String roles = request.getHeader(Caller.ROLE_HEADER);
        if (roles != null && !roles.isBlank()) {
            Set<String> parsed = Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                    .map(String::toUpperCase).collect(Collectors.toSet());
            String agent = request.getHeader(Caller.AGENT_HEADER);
            return new Caller(Optional.empty(), parsed, Optional.ofNullable(agent).filter(a -> !a.isBlank()));
        }
        return unauthenticated();
    }

    private static Caller unauthenticated() {
        throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Authentication required",
                "The request carries no member or staff identity");
    }
}
