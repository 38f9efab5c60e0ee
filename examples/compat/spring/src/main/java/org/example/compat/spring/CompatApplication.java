package org.example.compat.spring;

import dev.parley.Parley;
import dev.parley.timeline.state.NegotiationState;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The smallest application a Spring user writes with the starter: the Parley bean, served as JSON by Spring. */
@SpringBootApplication
@RestController
public class CompatApplication {
    private final Parley parley;

    CompatApplication(Parley parley) {
        this.parley = parley;
    }

    @GetMapping("/negotiations/{id}")
    NegotiationState state(@PathVariable("id") String id) {
        return parley.state(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public static void main(String[] args) {
        SpringApplication.run(CompatApplication.class, args);
    }
}
