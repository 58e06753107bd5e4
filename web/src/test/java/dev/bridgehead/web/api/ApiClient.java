package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The JSON API as a platform calls it: a bearer token from e-mail and password, then JSON requests. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(String base) {
        this.base = base;
    }

    /** A token for the account, signed in with the fixture's password. */
    public String token(String email) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + MarketplaceFixture.PASSWORD + "\"}", null);
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    public HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
