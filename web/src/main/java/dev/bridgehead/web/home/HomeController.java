package dev.bridgehead.web.home;

import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;

@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class HomeController {

    static final String PATH = "/";
    static final String VIEW = "home/home";

    private final PageContextFactory pageContexts;

    HomeController(PageContextFactory pageContexts) {
        this.pageContexts = pageContexts;
    }

    @Get(uri = PATH, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> home(HttpRequest<?> request) {
        return Pages.view(VIEW, new HomePage(pageContexts.of(request)));
    }
}
