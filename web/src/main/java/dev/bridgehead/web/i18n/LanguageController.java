package dev.bridgehead.web.i18n;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Duration;

/** The language switch: remembers the choice in a cookie and returns to the page it came from. */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class LanguageController {

    static final String PATH = "/language";
    static final String COOKIE = "lang";

    @Get(uri = PATH, produces = MediaType.TEXT_HTML)
    HttpResponse<?> switchTo(@QueryValue("to") String to, @Nullable @QueryValue("back") String back) {
        URI target = URI.create(LocalPath.orHome(back));
        return Language.fromCode(to)
                .<HttpResponse<?>>map(language -> HttpResponse.seeOther(target).cookie(Cookie.of(COOKIE, language.code())
                        .path("/").httpOnly(true).sameSite(SameSite.Lax).maxAge(Duration.ofDays(365))))
                .orElseGet(() -> HttpResponse.seeOther(target));
    }
}
