package dev.bridgehead.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class HomePageIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void the_home_page_speaks_english_by_default() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"en\">")
                .contains("Find data partners across the border, lawfully")
                .doesNotContain("[home.");
    }

    @Test
    void a_chinese_browser_gets_the_page_in_simplified_chinese() {
        String body = http.toBlocking().retrieve(HttpRequest.GET("/").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.5"));

        assertThat(body).contains("<html lang=\"zh-CN\">").contains("合规地寻找跨境数据合作伙伴").doesNotContain("Find data partners");
    }

    @Test
    void the_language_chosen_with_the_switch_beats_the_browser_setting() {
        String body = http.toBlocking().retrieve(HttpRequest.GET("/")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB")
                .cookie(io.micronaut.http.cookie.Cookie.of("lang", "zh")));

        assertThat(body).contains("合规地寻找跨境数据合作伙伴");
    }

    @Test
    void every_page_carries_the_security_headers() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
}
