package dev.bridgehead.web.security;

import dev.bridgehead.marketplace.account.Sessions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A signed token counts only while its session lasts: one without a session, or whose session was
 * ended (signed out, password changed, ended by staff), is refused like a forged one. The check is
 * in memory ({@link Sessions#isEnded}), so it costs no database call.
 */
@Singleton
class SessionClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final Sessions sessions;

    SessionClaims(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object session = claims.get(Actors.SESSION);
        return session instanceof String id && !id.isBlank() && !sessions.isEnded(id);
    }
}
