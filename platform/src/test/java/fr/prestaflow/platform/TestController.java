package fr.prestaflow.platform;

import fr.prestaflow.platform.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TestController {

    record Greeting(@NotBlank String name) {
    }

    @PostMapping("/api/v1/greetings")
    Greeting greet(@Valid @RequestBody Greeting greeting) {
        return greeting;
    }

    @GetMapping("/api/v1/teapots")
    Greeting teapot() {
        throw new ApiException(HttpStatus.CONFLICT, "TEAPOT_BUSY", "Teapot busy", "The teapot is brewing");
    }

    @GetMapping("/api/v1/whoami")
    String whoami(fr.prestaflow.platform.web.Caller caller) {
        return caller.memberContract().orElse("staff " + caller.roles() + " " + caller.agent().orElse("-"));
    }

    @GetMapping("/api/v1/crash")
    Greeting crash() {
        throw new IllegalStateException("secret internal detail");
    }
}
