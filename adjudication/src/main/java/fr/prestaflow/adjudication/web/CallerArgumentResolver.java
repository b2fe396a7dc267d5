package fr.prestaflow.adjudication.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds the {@link Caller} of a request from the identity headers the gateway sets. The member header wins over the
 * role, so a call that carries both is scoped to that member. An {@link OpsAgent} parameter refuses anyone else.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class || parameter.getParameterType() == OpsAgent.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        Caller caller = callerOf(webRequest);
        if (parameter.getParameterType() == OpsAgent.class) {
            caller.requireOps();
            return new OpsAgent();
        }
        return caller;
    }

    private static Caller callerOf(NativeWebRequest webRequest) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (request == null) {
            return Caller.anonymous();
        }
        String contract = request.getHeader(Caller.MEMBER_CONTRACT_HEADER);
        if (contract != null && !contract.isBlank()) {
            return Caller.member(contract.strip());
        }
        String role = request.getHeader(Caller.ROLE_HEADER);
        if (role != null && role.strip().equalsIgnoreCase("OPS")) {
            return Caller.opsAgent();
        }
        return Caller.anonymous();
    }
}
