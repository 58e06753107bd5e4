package dev.bridgehead.web.system;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI document the build generated from the controllers. */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class OpenApiController {

    static final String PATH = "/openapi.yml";
    static final String DOCUMENT = "classpath:META-INF/swagger/bridgehead.yml";
    static final MediaType YAML = MediaType.of("application/yaml");

    private final String document;

    OpenApiController(ResourceResolver resources) {
        this.document = resources.getResourceAsStream(DOCUMENT).map(OpenApiController::read)
                .orElseThrow(() -> new IllegalStateException("The build did not generate " + DOCUMENT));
    }

    @Get(uri = PATH, produces = "application/yaml")
    HttpResponse<String> openApi() {
        return HttpResponse.ok(document).contentType(YAML);
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
