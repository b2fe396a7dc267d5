package fr.prestaflow.intake;

import fr.prestaflow.platform.web.ApiException;
import java.util.Map;

/** An error a client can act on, with one of this service's {@link ErrorCode}s; the platform answers it as a Problem. */
public class IntakeProblem extends ApiException {

    public IntakeProblem(ErrorCode code, String detail) {
        this(code, detail, Map.of());
    }

    public IntakeProblem(ErrorCode code, String detail, Map<String, Object> properties) {
        super(code.status(), code.name(), code.title(), detail, properties);
    }
}
