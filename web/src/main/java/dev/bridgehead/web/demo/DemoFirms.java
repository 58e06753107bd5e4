package dev.bridgehead.web.demo;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.organization.OrganizationService;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** The demo stories' firms: registered with one member, general and personal data accepted, verified by staff. */
@Singleton
@Requires(property = "bridgehead.demo-data.enabled", value = "true")
class DemoFirms {

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final ComplianceProfileService compliance;
    private final ListingService listings;

    DemoFirms(AccountService accounts, OrganizationService organizations, ComplianceProfileService compliance, ListingService listings) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.compliance = compliance;
        this.listings = listings;
    }

    /** A listing of the member's firm, drafted, submitted and published by staff. */
    Listing publish(Actor staff, Actor member, ListingInput input) {
        Listing draft = listings.create(member, input);
        listings.submit(member, draft.id());
        return listings.publish(staff, draft.id());
    }

    /** A verified firm and its member; {@code index} makes its registry ID and its member's e-mail (firm{index+1}@…). */
    Actor register(Actor staff, int index, String name, String nameZh, String jurisdiction, String sector, String area, String story) {
        boolean lingang = "CN".equals(jurisdiction);
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        User user = accounts.registerConfirmed(new Registration(new OrganizationDetails(name, nameZh, jurisdiction, List.of(sector),
                "https://" + slug + (lingang ? ".example.cn" : ".example.sg"), name + " (demo firm of the " + story + ").",
                nameZh == null ? null : nameZh + "（示例企业）。", "SME", DemoData.registryId(index, lingang), area, null),
                new Registration.NewUser("firm" + (index + 1) + "@" + DemoData.DOMAIN, DemoData.PASSWORD, lingang ? "Zhang Min" : "Lim Wei Jie")));
        Actor member = user.asActor();
        ComplianceProfile current = compliance.profile(member, member.organizationId());
        compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(List.of(), List.of(), List.of("GENERAL", "PERSONAL"),
                false, current.version()));
        organizations.decideVerification(staff, member.organizationId(), "VERIFIED", "Business registration checked (demo)");
        return member;
    }
}
