package dev.bridgehead.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest
class LanguageSwitchIT {

    @Inject
    EmbeddedServer server;

    private HttpClient http;

    @BeforeEach
    void clientThatDoesNotFollowRedirects() {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        http = HttpClient.create(server.getURL(), configuration);
    }

    @AfterEach
    void closeClient() {
        http.close();
    }

    @ParameterizedTest(name = "switching to {0} and back to {1} lands on {2} with cookie {3}")
    @CsvSource({
            "zh, /search?q=x, /search?q=x, lang=zh",
            "en, /, /, lang=en",
            "zh, //evil.example/, /, lang=zh",
            "zh, https://evil.example/, /, lang=zh",
            "xx, /about, /about, ''"
    })
    void the_switch_remembers_the_language_and_returns_only_to_this_site(String to, String back, String location, String cookie) {
        HttpResponse<?> response = http.toBlocking().exchange(HttpRequest.GET("/language?to=" + to + "&back="
                + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(response.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(response.header(HttpHeaders.LOCATION)).isEqualTo(location);
        List<String> languageCookies = response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(header -> header.startsWith("lang=")).toList();
        if (cookie.isEmpty()) {
            assertThat(languageCookies).isEmpty();
        } else {
            assertThat(languageCookies).singleElement().satisfies(header ->
                    assertThat(header).startsWith(cookie + ";").contains("HTTPOnly").contains("SameSite=Lax"));
        }
    }
}
