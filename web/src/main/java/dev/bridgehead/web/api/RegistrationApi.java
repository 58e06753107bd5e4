package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.api.Views.OrganizationView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;

@Tag(name = "organizations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/register")
class RegistrationApi {

    private final AccountService accounts;
    private final OrganizationService organizations;

    RegistrationApi(AccountService accounts, OrganizationService organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @Operation(summary = "Register an organisation (unverified) with its first member")
    @Post
    HttpResponse<Registered> register(@Body Registration registration) {
        User user = accounts.register(registration);
        OrganizationView organization = OrganizationView.of(organizations.get(user.asActor(), user.organizationId()));
        return HttpResponse.created(new Registered(organization, new UserView(user.id().toString(), user.email(), user.displayName())),
                URI.create("/api/v1/organizations/" + user.organizationId()));
    }

    @Serdeable
    record Registered(OrganizationView organization, UserView user) {
    }

    @Serdeable
    record UserView(String id, String email, String displayName) {
    }
}
