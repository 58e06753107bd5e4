package dev.bridgehead.web.security;

import dev.bridgehead.marketplace.account.Sessions;
import dev.bridgehead.marketplace.account.User;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Starts the recorded session a new cookie or token belongs to, as long as the token lasts. */
@Singleton
public class SessionStarter {

    private final Sessions sessions;
    private final AccessTokenConfiguration tokens;
    private final ClientAddresses addresses;

    SessionStarter(Sessions sessions, AccessTokenConfiguration tokens, ClientAddresses addresses) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    public Authentication start(User user, HttpRequest<?> request) {
        String session = sessions.start(user.id(), lifetime(), addresses.of(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
        return Actors.authentication(user.asActor(), session);
    }

    public Duration lifetime() {
        return Duration.ofSeconds(tokens.getExpiration());
    }
}
