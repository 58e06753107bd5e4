package dev.bridgehead.web.page;

import io.micronaut.views.ModelAndView;
import java.util.Map;

/** Every template takes one typed model named {@code page}. */
public final class Pages {

    private Pages() {
    }

    public static <T> ModelAndView<Map<String, Object>> view(String template, T page) {
        return new ModelAndView<>(template, Map.of("page", page));
    }
}
