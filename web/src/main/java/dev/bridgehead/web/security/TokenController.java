package dev.bridgehead.web.security;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Sessions;
import dev.bridgehead.marketplace.account.SignIn;
import dev.bridgehead.web.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;

/**
 * Tokens for integrating platforms: e-mail and password (and the code, for an account with
 * two-factor sign-in) in, a bearer token for a recorded session out; sign-out ends that session.
 */
@Tag(name = "auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/auth")
class TokenController {

    private final AccountService accounts;
    private final Sessions sessions;
    private final SessionStarter starter;
    private final TokenGenerator tokens;
    private final ClientAddresses addresses;

    TokenController(AccountService accounts, Sessions sessions, SessionStarter starter, TokenGenerator tokens, ClientAddresses addresses) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.starter = starter;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    @Operation(summary = "Exchange an e-mail and password (and a two-factor code, when the account has one) for a bearer token")
    @Post(uri = "/token", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> token(HttpRequest<?> request, @Body Credentials credentials) {
        SignIn result = accounts.signIn(credentials.email(), credentials.password(), credentials.code(), addresses.of(request));
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                long lifetime = starter.lifetime().toSeconds();
                String token = tokens.generateToken(starter.start(result.user(), request), (int) lifetime)
                        .orElseThrow(() -> new IllegalStateException("No token could be signed"));
                yield HttpResponse.ok(new IssuedToken(token, Instant.now().plusSeconds(lifetime)));
            }
            case EMAIL_UNCONFIRMED -> Problem.coded(HttpStatus.FORBIDDEN, "email-unconfirmed",
                    "Confirm your e-mail address first: open the link we sent (POST /api/v1/account/confirm), or ask for a new one");
            case SECOND_FACTOR -> Problem.coded(HttpStatus.UNAUTHORIZED, "second-factor-required",
                    "This account has two-factor sign-in: send the code from the authenticator app (or a recovery code) as \"code\"");
            case WRONG_CODE -> Problem.coded(HttpStatus.UNAUTHORIZED, "second-factor-wrong", "Wrong or already used two-factor code");
            case WRONG -> Problem.response(HttpStatus.UNAUTHORIZED, "Wrong e-mail or password");
        };
    }

    @Operation(summary = "Sign out: the token (or cookie) used for this call stops working on every node")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(uri = "/logout")
    HttpResponse<?> logout(@Nullable Authentication authentication) {
        String session = Actors.sessionOf(authentication);
        if (session != null) {
            sessions.end(session);
        }
        return HttpResponse.noContent();
    }

    /** What a platform sends to get a token. */
    @Serdeable
    record Credentials(@Nullable String email, @Nullable String password, @Nullable String code) {
    }

    /** A bearer token and when it stops working. */
    @Serdeable
    record IssuedToken(String token, Instant expiresAt) {
    }
}
