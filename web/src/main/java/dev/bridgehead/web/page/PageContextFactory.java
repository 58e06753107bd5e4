package dev.bridgehead.web.page;

import dev.bridgehead.web.i18n.LocalizationSupport;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** Builds the shared part of a page's model from the request. */
@Singleton
public class PageContextFactory {

    private final LocalizationSupport localization;

    public PageContextFactory(LocalizationSupport localization) {
        this.localization = localization;
    }

    public PageContext of(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        String path = request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
        return new PageContext(localization.messages(request), path);
    }
}
