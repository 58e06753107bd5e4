package dev.bridgehead.web.security;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Role;
import dev.bridgehead.marketplace.failure.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Between the marketplace's {@link Actor} and the signed token a browser or platform presents. */
public final class Actors {

    static final String ORGANIZATION = "organizationId";
    static final String NAME = "displayName";
    /** The session the token belongs to (see {@link dev.bridgehead.marketplace.account.Sessions}). */
    static final String SESSION = "sid";

    private Actors() {
    }

    /** What a signed token says: who, in which role and organisation, and in which session. */
    public static Authentication authentication(Actor actor, String sessionId) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(NAME, actor.displayName());
        attributes.put(SESSION, sessionId);
        if (actor.organizationId() != null) {
            attributes.put(ORGANIZATION, actor.organizationId());
        }
        return Authentication.build(actor.userId().toString(), List.of(actor.role().name()), attributes);
    }

    /** The signed-in member of an organisation; staff and visitors have no organisation of their own to be shown. */
    public static Actor member(@Nullable Authentication authentication) {
        Actor actor = of(authentication);
        if (actor == null || actor.organizationId() == null) {
            throw new NotFound("Organisation");
        }
        return actor;
    }

    /** The session of a signed-in request, or null. */
    public static @Nullable String sessionOf(@Nullable Authentication authentication) {
        Object session = authentication == null ? null : authentication.getAttributes().get(SESSION);
        return session == null ? null : session.toString();
    }

    /** The actor behind a request, or null for anonymous visitors. */
    public static @Nullable Actor of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        Role role = authentication.getRoles().stream().map(Role::valueOf).findFirst().orElse(Role.MEMBER);
        Object organization = authentication.getAttributes().get(ORGANIZATION);
        Object name = authentication.getAttributes().get(NAME);
        return new Actor(Long.valueOf(authentication.getName()), role,
                organization instanceof Number number ? number.longValue() : null, name == null ? "" : name.toString());
    }
}
