package fr.prestaflow.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds the {@link Caller} of a request from the identity headers the gateway sets. The member header wins over the
 * role, so a call that carries both is scoped to that member. Neither header: 401 {@code UNAUTHENTICATED}.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        String contract = request == null ? null : request.getHeader(Caller.MEMBER_CONTRACT_HEADER);
        if (contract != null && !contract.isBlank()) {
            return Caller.member(contract.strip());
        }
        String role = request == null ? null : request.getHeader(Caller.ROLE_HEADER);
        if (role != null && role.strip().equalsIgnoreCase("OPS")) {
            return Caller.opsAgent();
        }
        throw ErrorCode.UNAUTHENTICATED.exception("The request carries no member or ops identity");
    }
}
