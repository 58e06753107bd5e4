package dev.bridgehead.web.page;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.web.i18n.LocalizationSupport;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Set;

/** Builds the shared part of a page's model from the request. */
@Singleton
public class PageContextFactory {

    /** Notices a redirect may ask a page to show (?notice=…); anything else is ignored. */
    static final Set<String> NOTICES = Set.of("saved", "registered", "signed-in", "submitted", "published", "unpublished", "rejected",
            "verified", "created", "needPosted", "needClosed", "rematched", "generalListOn", "generalListOff", "rematchQueued", "matchMoved",
            "bulkDone", "introductionRequested", "revisionSent", "revisionPublished", "revisionRejected", "evidenceDecided", "evidenceStale",
            "uploaded", "emailConfirmed", "passwordReset", "passwordChanged", "sessionsEnded", "emailVouched", "twoFactorReset");

    private final LocalizationSupport localization;
    private final CurationService curation;

    public PageContextFactory(LocalizationSupport localization, CurationService curation) {
        this.localization = localization;
        this.curation = curation;
    }

    public PageContext of(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        String path = request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
        String notice = request.getParameters().getFirst("notice").filter(NOTICES::contains).orElse(null);
        Actor actor = Actors.of(request.getUserPrincipal(Authentication.class).orElse(null));
        // Members see their inbox's unread count in the navigation: one indexed count per page.
        return new PageContext(localization.messages(request), path, actor, CsrfTokens.of(request), notice, curation.unread(actor));
    }
}
