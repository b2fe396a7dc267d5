package fr.prestaflow.adjudication.web;

import fr.prestaflow.platform.web.CallerArgumentResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves an {@link OpsAgent} parameter from the platform's caller: anyone but ops is refused before the body is read. */
class OpsAgentArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == OpsAgent.class;
    }

    @Override
    public OpsAgent resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
                                    WebDataBinderFactory binderFactory) {
        CallerArgumentResolver.callerOf(webRequest.getNativeRequest(HttpServletRequest.class)).requireOps();
        return new OpsAgent();
    }
}
