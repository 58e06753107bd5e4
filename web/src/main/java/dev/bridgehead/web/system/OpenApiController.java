package dev.bridgehead.web.system;

import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;

/** Serves the OpenAPI document the build generated from the controllers, as YAML for tools and as a page for people. */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class OpenApiController {

    static final String PATH = "/openapi.yml";
    static final String DOCUMENT = "classpath:META-INF/swagger/bridgehead.yml";
    static final MediaType YAML = MediaType.of("application/yaml");

    static final String REFERENCE = "/api";

    private final String document;
    private final String version;
    private final List<ApiReferencePage.Group> groups;
    private final PageContextFactory pages;

    OpenApiController(ResourceResolver resources, PageContextFactory pages) {
        this.document = resources.getResourceAsStream(DOCUMENT).map(OpenApiController::read)
                .orElseThrow(() -> new IllegalStateException("The build did not generate " + DOCUMENT));
        this.pages = pages;
        Map<String, Object> spec = new Yaml().load(document);
        this.version = String.valueOf(((Map<?, ?>) spec.getOrDefault("info", Map.of())).get("version"));
        this.groups = groups(spec);
    }

    @Get(uri = PATH, produces = "application/yaml")
    HttpResponse<String> openApi() {
        return HttpResponse.ok(document).contentType(YAML);
    }

    /** The same document for people: the operations by tag, with a link to the YAML for tools. */
    @Get(uri = REFERENCE, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reference(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view("system/api", new ApiReferencePage(pages.of(request), version, groups)));
    }

    @SuppressWarnings("unchecked")
    private static List<ApiReferencePage.Group> groups(Map<String, Object> spec) {
        Map<String, List<ApiReferencePage.Operation>> byTag = new TreeMap<>();
        Map<String, Object> paths = (Map<String, Object>) spec.getOrDefault("paths", Map.of());
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> details && details.containsKey("responses")) {
                List<?> tags = (List<?>) details.get("tags");
                String tag = tags == null || tags.isEmpty() ? "other" : String.valueOf(tags.get(0));
                Object summary = details.get("summary");
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(new ApiReferencePage.Operation(method.toUpperCase(Locale.ROOT), path,
                        summary == null ? "" : summary.toString()));
            }
        }));
        return byTag.entrySet().stream().map(e -> new ApiReferencePage.Group(e.getKey(), e.getValue())).toList();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
