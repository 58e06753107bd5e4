package dev.bridgehead.web.home;

import dev.bridgehead.web.page.PageContext;

/** The model of the front page. */
public record HomePage(PageContext context) {
}
