package dev.bridgehead.web.security;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.web.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;

/** Tokens for integrating platforms: e-mail and password in, a bearer token out. */
@Tag(name = "auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/auth")
class TokenController {

    private final AccountService accounts;
    private final TokenGenerator tokens;
    private final AccessTokenConfiguration configuration;
    private final HttpClientAddressResolver addresses;

    TokenController(AccountService accounts, TokenGenerator tokens, AccessTokenConfiguration configuration, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.configuration = configuration;
        this.addresses = addresses;
    }

    @Operation(summary = "Exchange an e-mail and password for a bearer token")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Post(uri = "/token", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> token(HttpRequest<?> request, @Body Credentials credentials) {
        return accounts.signIn(credentials.email(), credentials.password(), addresses.resolve(request))
                .flatMap(actor -> tokens.generateToken(Actors.authentication(actor), configuration.getExpiration()))
                .<HttpResponse<?>>map(token -> HttpResponse.ok(new IssuedToken(token, Instant.now().plusSeconds(configuration.getExpiration()))))
                .orElseGet(() -> Problem.response(HttpStatus.UNAUTHORIZED, "Wrong e-mail or password"));
    }

    /** What a platform sends to get a token. */
    @Serdeable
    record Credentials(@Nullable String email, @Nullable String password) {
    }

    /** A bearer token and when it stops working. */
    @Serdeable
    record IssuedToken(String token, Instant expiresAt) {
    }
}
