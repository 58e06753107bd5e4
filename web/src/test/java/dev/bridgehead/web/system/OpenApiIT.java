package dev.bridgehead.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class OpenApiIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void the_openapi_document_is_served_as_yaml() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/openapi.yml"), String.class);

        assertThat(response.header("Content-Type")).startsWith("application/yaml");
        assertThat(response.body()).startsWith("openapi: 3.").contains("title: Bridgehead").contains("/api/v1/search");
    }

    @Test
    void people_get_a_browsable_reference_of_the_same_document() {
        String page = http.toBlocking().retrieve(HttpRequest.GET("/api").header("Accept", "text/html"));

        assertThat(page).contains("<code>/api/v1/listings/{id}</code>").contains("<code>POST</code>").contains("href=\"/openapi.yml\"");
    }
}
