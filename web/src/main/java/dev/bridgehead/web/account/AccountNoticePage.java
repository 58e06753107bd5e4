package dev.bridgehead.web.account;

import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;

/**
 * A page that only says something about an account ("check your inbox", "this link is not valid
 * any more") and offers one way on.
 */
public record AccountNoticePage(PageContext context, String titleKey, String textKey, @Nullable String linkHref, @Nullable String linkKey) {
}
