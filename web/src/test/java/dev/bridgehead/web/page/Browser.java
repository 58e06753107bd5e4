package dev.bridgehead.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that behaves like a browser on the pages: asks for HTML, does not
 * follow redirects (tests look at them), and sends each form with the CSRF token from its cookie.
 */
public final class Browser {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public Browser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A browser already signed in with the fixture's password. */
    public static Browser signedIn(URI base, String email) {
        Browser browser = new Browser(base);
        HttpResponse<String> response = browser.post("/login", Map.of("email", List.of(email), "password", List.of(MarketplaceFixture.PASSWORD)));
        assertThat(response.statusCode()).as("sign-in of %s", email).isEqualTo(303);
        return browser;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET().build());
    }

    /** Follows a download link as a browser does: accepting anything, HTML first. */
    public HttpResponse<String> download(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    /** Posts a form with the browser's CSRF token (fetching a page first if it has none yet). */
    public HttpResponse<String> post(String path, Map<String, List<String>> fields) {
        List<String> pairs = new ArrayList<>();
        pairs.add("csrfToken=" + encode(csrfToken()));
        fields.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        return postRaw(path, String.join("&", pairs));
    }

    /** Posts exactly this body: no token added. */
    public HttpResponse<String> postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts a multipart form as a page's file upload does: the CSRF token part (none when
     * {@code csrfToken} is null) and one file part named {@code file}.
     */
    public HttpResponse<String> postFile(String path, String csrfToken, String fileName, String contentType, byte[] content) {
        Multipart body = new Multipart();
        if (csrfToken != null) {
            body.field("csrfToken", csrfToken);
        }
        body.file("file", fileName, contentType, content);
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type", body.contentType()).POST(body.publisher()).build());
    }

    /** The form token for the current session (tokens are bound to it): a page visit makes sure the cookie holds one. */
    public String csrfToken() {
        get("/");
        return cookie("csrfToken");
    }

    /** The browser's cookies as it would send them, to replay them from elsewhere. */
    public String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    public static Map<String, List<String>> form(String... nameValuePairs) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            fields.computeIfAbsent(nameValuePairs[i], k -> new ArrayList<>()).add(nameValuePairs[i + 1]);
        }
        return fields;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String join(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }
}
