package dev.bridgehead.web.bench;

import dev.bridgehead.infra.generator.MarketplaceGenerator;
import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.account.Role;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.HeldEntry;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.organization.RegistryIds;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Loads generated data through the application's own services, the same write path as people and
 * platforms: registration (with a hashed password), staff verification, compliance profiles,
 * listings drafted, submitted and published (history, audit and outbox included), and needs.
 */
final class MarketplaceLoader {

    static final int LISTINGS_PER_ORGANIZATION = 50;
    static final String PASSWORD = "bridgehead-bench-2026";

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final ComplianceProfileService compliance;
    private final ListingService listings;
    private final NeedService needs;

    MarketplaceLoader(ApplicationContext context) {
        this.accounts = context.getBean(AccountService.class);
        this.organizations = context.getBean(OrganizationService.class);
        this.compliance = context.getBean(ComplianceProfileService.class);
        this.listings = context.getBean(ListingService.class);
        this.needs = context.getBean(NeedService.class);
    }

    void load(MarketplaceGenerator generator, int listingCount, int needCount, int threads, IntConsumer progress) throws Exception {
        Actor staff = accounts.createStaff(new Registration.NewUser("bench-staff@bridgehead.example", PASSWORD, "Benchmark staff"), Role.STAFF)
                .asActor();
        List<MarketplaceGenerator.Organization> generated = generator.organizations(listingCount, LISTINGS_PER_ORGANIZATION);
        Actor[] members = new Actor[generated.size()];
        Latencies.measure(generated.size(), threads, i -> members[i] = organization(staff, generated.get(i), i));
        List<MarketplaceGenerator.Listing> offers = generator.listings(generated, listingCount);
        Latencies.measure(offers.size(), threads, i -> {
            MarketplaceGenerator.Listing l = offers.get(i);
            Actor owner = members[l.organization()];
            Listing draft = listings.create(owner, new ListingInput(l.type(), l.title(), l.titleZh(), l.summary(), l.description(), l.descriptionZh(),
                    l.sectors(), l.dataCategories(), l.directions(), l.deliveryModes(), l.tags(), List.of(), l.priceModel(), null));
            listings.submit(owner, draft.id());
            listings.publish(staff, draft.id());
            if (i % 500 == 0) {
                progress.accept(i);
            }
        });
        List<MarketplaceGenerator.Need> wanted = generator.needs(generated, needCount);
        Latencies.measure(wanted.size(), threads, i -> {
            MarketplaceGenerator.Need n = wanted.get(i);
            needs.create(members[n.organization()], new NeedInput(n.title(), n.description(), n.sectors(), n.dataCategories(), n.direction(),
                    n.personalInfoSubjects(), n.sensitiveSubjects(), n.requiredCertifications(), null, false, n.tags(), List.of(), null));
        });
    }

    private Actor organization(Actor staff, MarketplaceGenerator.Organization o, int index) {
        Actor member = accounts.registerConfirmed(new Registration(new OrganizationDetails(o.name(), o.nameZh(), o.jurisdiction(), List.of(o.sector()),
                null, "Generated for the benchmark.", "基准测试生成。", "SME", registryId(index, o.jurisdiction()),
                "CN".equals(o.jurisdiction()) ? "LINGANG" : null, null),
                new Registration.NewUser("member-" + index + "@bench.bridgehead.example", PASSWORD, "Member " + index))).asActor();
        organizations.decideVerification(staff, member.organizationId(), "VERIFIED", "Generated for the benchmark");
        Integer version = compliance.profile(member, member.organizationId()).version();
        ComplianceProfile declared = compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(
                o.mechanisms().stream().map(m -> new ComplianceProfileInput.MechanismInput(m.code(), "Generated", m.obtainedOn().toString(), "GEN"))
                        .toList(),
                o.certifications().stream().map(c -> new ComplianceProfileInput.CertificationInput(c.code(), c.expiresOn().toString(), "GEN")).toList(),
                o.acceptsCategories(), o.ciio(), version));
        // A running park has checked its firms' evidence: verify every entry still in force, as staff would.
        ComplianceProfile checked = declared;
        for (HeldEntry entry : declared.entries()) {
            if (!entry.isExpiredOn(LocalDate.now())) {
                checked = compliance.decideEvidence(staff, member.organizationId(), entry.kind().path(), entry.code().name(),
                        new ComplianceProfileService.EvidenceDecision("VERIFIED", "Generated for the benchmark", checked.version()));
            }
        }
        return member;
    }

    /** The relevance set's organisations, listings and needs, through the same services. */
    dev.bridgehead.search.relevance.RelevanceRun loadRelevanceSet(dev.bridgehead.search.relevance.RelevanceSet set) {
        Actor staff = accounts.createStaff(new Registration.NewUser("relevance-staff@bench.bridgehead.example", PASSWORD, "Relevance staff"),
                Role.STAFF).asActor();
        int[] index = {900_000};
        return dev.bridgehead.search.relevance.RelevanceRun.load(set, o -> {
            int n = index[0]++;
            Actor member = accounts.registerConfirmed(new Registration(new OrganizationDetails(o.name(), o.nameZh(), o.jurisdiction(), List.of("OTHER"),
                    null, "A firm of the relevance set.", null, "SME", registryId(n, o.jurisdiction()),
                    "CN".equals(o.jurisdiction()) ? "LINGANG" : null, null),
                    new Registration.NewUser("relevance-" + o.key() + "@bench.bridgehead.example", PASSWORD, o.name()))).asActor();
            organizations.decideVerification(staff, member.organizationId(), "VERIFIED", "Relevance set");
            return member;
        }, (owner, input) -> {
            Listing draft = listings.create(owner, input);
            listings.submit(owner, draft.id());
            return listings.publish(staff, draft.id()).id();
        }, needs);
    }

    /** A registry ID that passes the checks, unique per generated organisation. */
    private static String registryId(int index, String jurisdiction) {
        if ("CN".equals(jurisdiction)) {
            String first17 = "91310115MA" + String.format("%07d", index);
            return first17 + RegistryIds.checkCharacter(first17);
        }
        return String.format("%08d", 10_000_000 + index) + "B";
    }
}
