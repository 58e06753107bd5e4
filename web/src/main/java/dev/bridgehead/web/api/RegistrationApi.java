package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.api.Views.OrganizationView;
import dev.bridgehead.web.security.ClientAddresses;
import io.micronaut.http.HttpRequest;
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
    private final ClientAddresses addresses;

    RegistrationApi(AccountService accounts, OrganizationService organizations, ClientAddresses addresses) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.addresses = addresses;
    }

    @Operation(summary = "Register an organisation (unverified) with its first member, who must then confirm the e-mail address")
    @Post
    HttpResponse<Registered> register(HttpRequest<?> request, @Body Registration registration) {
        User user = accounts.register(registration, addresses.of(request));
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
