package dev.bridgehead.marketplace.testing;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.account.Role;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.CertificationInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.HeldEntry;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.organization.OrganizationService;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds what tests need through the real services: registered firms, staff, listings in a given state. */
@Singleton
public class MarketplaceFixture {

    public static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final ListingService listings;
    private final ComplianceProfileService compliance;

    public MarketplaceFixture(AccountService accounts, OrganizationService organizations, ListingService listings, ComplianceProfileService compliance) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.listings = listings;
        this.compliance = compliance;
    }

    /** Replaces the member's compliance profile with these entries, each declared and then verified by staff, as a running park has them. */
    public ComplianceProfile checkedProfile(Actor member, List<MechanismInput> mechanisms, List<CertificationInput> certifications, List<String> accepts) {
        Integer version = compliance.profile(member, member.organizationId()).version();
        ComplianceProfile declared = compliance.updateProfile(member, member.organizationId(),
                new ComplianceProfileInput(mechanisms, certifications, accepts, false, version));
        Actor staff = staff();
        ComplianceProfile checked = declared;
        for (HeldEntry entry : declared.entries()) {
            if (!entry.isExpiredOn(java.time.LocalDate.now())) {
                checked = compliance.decideEvidence(staff, member.organizationId(), entry.kind().path(), entry.code().name(),
                        new ComplianceProfileService.EvidenceDecision("VERIFIED", "checked by the fixture", checked.version()));
            }
        }
        return checked;
    }

    public static OrganizationDetails organization(String name, String jurisdiction) {
        return new OrganizationDetails(name, null, jurisdiction, List.of("BIOMEDICINE"), "https://example.com", "A firm.", null, "SME",
                RegistryIdFixture.next(jurisdiction), RegistryIdFixture.areaOf(jurisdiction), null);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "@example.com";
    }

    /** A registered, unverified firm's first member. */
    public Actor member(String jurisdiction) {
        int n = SEQUENCE.incrementAndGet();
        User user = accounts.registerConfirmed(new Registration(organization("Firm " + n, jurisdiction),
                new Registration.NewUser(uniqueEmail("member"), PASSWORD, "Member " + n)));
        return user.asActor();
    }

    /** A member of a firm that staff have verified. */
    public Actor verifiedMember(String jurisdiction) {
        Actor member = member(jurisdiction);
        verify(member);
        return member;
    }

    public void verify(Actor member) {
        organizations.decideVerification(staff(), member.organizationId(), "VERIFIED", "checked");
    }

    public Actor staff() {
        return accounts.createStaff(new Registration.NewUser(uniqueEmail("staff"), PASSWORD, "Park Staff"), Role.STAFF).asActor();
    }

    public Actor admin() {
        return accounts.createStaff(new Registration.NewUser(uniqueEmail("admin"), PASSWORD, "Park Admin"), Role.ADMIN).asActor();
    }

    /** The e-mail of an actor's account, to sign in as it. */
    public String emailOf(Actor actor) {
        return accounts.get(actor.userId()).email();
    }

    public Listing submitted(Actor owner, String title) {
        Listing draft = draft(owner, title);
        return listings.submit(owner, draft.id());
    }

    public static ListingInput listingInput(String title) {
        return new ListingInput("DATA_PRODUCT", title, "临床试验数据", "Summary", "Description", null, List.of("BIOMEDICINE"),
                List.of("GENERAL"), List.of("CN_TO_SG"), List.of("API"), List.of("clinical"), List.of(), "SUBSCRIPTION", null);
    }

    public static ListingInput listingInput(String title, Integer version) {
        ListingInput input = listingInput(title);
        return new ListingInput(input.type(), input.title(), input.titleZh(), input.summary(), input.description(), input.descriptionZh(),
                input.sectors(), input.dataCategories(), input.directions(), input.deliveryModes(), input.tags(), input.scenarioIds(),
                input.priceModel(), version);
    }

    public Listing draft(Actor owner, String title) {
        return listings.create(owner, listingInput(title));
    }

    public Listing published(Actor verifiedOwner, String title) {
        return published(verifiedOwner, listingInput(title));
    }

    /** A published listing whose owner has sent a change of its title to staff: "{title} (revised)". */
    public Listing revised(Actor verifiedOwner, String title) {
        Listing published = published(verifiedOwner, title);
        return listings.update(verifiedOwner, published.id(), listingInput(title + " (revised)", published.version()));
    }

    /** A listing of the owner's verified organisation, drafted, submitted and published by staff. */
    public Listing published(Actor verifiedOwner, ListingInput input) {
        Listing draft = listings.create(verifiedOwner, input);
        listings.submit(verifiedOwner, draft.id());
        return listings.publish(staff(), draft.id());
    }
}
