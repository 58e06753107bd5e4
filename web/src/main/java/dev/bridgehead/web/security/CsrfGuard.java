package dev.bridgehead.web.security;

import dev.bridgehead.web.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatch;

/**
 * The safety net: a form post (url-encoded or multipart) to a handler that is not
 * {@link CsrfProtected} is refused, so no page form can be added without its token check. A post
 * that carries a bearer token is a platform's (a page on another site cannot add that header), so
 * the API may take multipart uploads from platforms; browsers post through the pages.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfGuard {

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseUnprotectedForms(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD || !isForm(request) || hasBearerToken(request)) {
            return null;
        }
        RouteMatch<?> route = request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class).orElse(null);
        if (route == null || route.getAnnotationMetadata().hasAnnotation(CsrfProtected.class)) {
            return null;
        }
        return Problem.response(HttpStatus.FORBIDDEN, "Form posts are accepted only by pages that check their security token");
    }

    private static boolean hasBearerToken(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization().map(value -> value.regionMatches(true, 0, "Bearer ", 0, 7)).orElse(false);
    }

    private static boolean isForm(HttpRequest<?> request) {
        return request.getContentType().map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }
}
