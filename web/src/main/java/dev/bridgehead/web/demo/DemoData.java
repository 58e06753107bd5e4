package dev.bridgehead.web.demo;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.account.Role;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.ledger.ExportLedger;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.CertificationInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.HeldEntry;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.organization.RegistryIds;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.marketplace.scenario.ScenarioInput;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import dev.bridgehead.web.demo.Catalogue.ListingTemplate;
import dev.bridgehead.web.demo.Catalogue.ScenarioTemplate;
import dev.bridgehead.web.demo.Catalogue.SectorBlock;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo marketplace into an empty database, once: 84 firms (half in Lingang, half in
 * Singapore) across seven sectors, the 54 scenarios, about 250 listings in every state, staff and
 * admin accounts, and the firms of the negative-list story ({@link ListStory}). The same seed gives
 * the same marketplace.
 */
@Singleton
@Requires(property = "bridgehead.demo-data.enabled", value = "true")
public class DemoData {

    static final long SEED = 20_231_018L;
    static final int FIRMS_PER_SIDE = 42;
    static final String PASSWORD = "bridgehead-demo-2026";
    static final String DOMAIN = "bridgehead.example";
    static final DemoAccounts ACCOUNTS = new DemoAccounts("staff@" + DOMAIN, "admin@" + DOMAIN, "lingang@" + DOMAIN, "singapore@" + DOMAIN,
            PASSWORD);

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final ComplianceProfileService compliance;
    private final ExportLedger ledger;
    private final OrganizationRepository organizationRepository;
    private final ListingService listings;
    private final ScenarioService scenarios;
    private final NeedService needs;
    private final Catalogue catalogue;
    private final ListStory listStory;
    private final LanguageStory languageStory;

    DemoData(AccountService accounts, OrganizationService organizations, ComplianceProfileService compliance, ExportLedger ledger,
             OrganizationRepository organizationRepository, ListingService listings, ScenarioService scenarios, NeedService needs,
             ResourceResolver resources, ObjectMapper json, ListStory listStory,
             LanguageStory languageStory) {
        this.listStory = listStory;
        this.languageStory = languageStory;
        this.ledger = ledger;
        this.accounts = accounts;
        this.needs = needs;
        this.organizations = organizations;
        this.compliance = compliance;
        this.organizationRepository = organizationRepository;
        this.listings = listings;
        this.scenarios = scenarios;
        this.catalogue = Catalogue.read(resources, json);
    }

    public DemoAccounts accounts() {
        return ACCOUNTS;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (organizationRepository.count() > 0 || accounts.exists(ACCOUNTS.staff())) {
            return;
        }
        long started = System.nanoTime();
        LOG.info("Loading the demo marketplace (first start only)…");
        load();
        LOG.info("Demo marketplace loaded in {} s", (System.nanoTime() - started) / 1_000_000_000);
    }

    void load() {
        Random random = new Random(SEED);
        Actor staff = accounts.createStaff(new Registration.NewUser(ACCOUNTS.staff(), PASSWORD, "Chen Jing (park staff)"), Role.STAFF).asActor();
        accounts.createStaff(new Registration.NewUser(ACCOUNTS.admin(), PASSWORD, "Park administrator"), Role.ADMIN);
        Map<String, List<Scenario>> scenariosBySector = new HashMap<>();
        for (SectorBlock sector : catalogue.sectors()) {
            for (ScenarioTemplate template : sector.scenarios()) {
                scenariosBySector.computeIfAbsent(sector.code(), k -> new ArrayList<>()).add(scenarios.create(staff, scenario(sector, template)));
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < FIRMS_PER_SIDE * 2; i++) {
            boolean lingang = i % 2 == 0;
            SectorBlock sector = catalogue.sectors().get((i / 2) % catalogue.sectors().size());
            firm(i, lingang, sector, names, random, staff, scenariosBySector.get(sector.code()));
        }
        changeOfName(FIRMS_PER_SIDE * 2 - 1);
        ledgers(staff);
        revisionOfAPublishedListing(FIRMS_PER_SIDE * 2 - 3);
        listStory.load(staff);
        languageStory.load(staff);
    }

    /** A provider has rewritten a published listing: the live text stays in search while the revision waits in staff's moderation queue. */
    private void revisionOfAPublishedListing(int index) {
        Organization firm = organizationRepository.findByRegistryId(registryId(index, index % 2 == 0)).orElseThrow();
        List<Listing> published = listings.publishedOf(firm.id(), 0, 1).getContent();
        if (published.isEmpty()) {
            revisionOfAPublishedListing(index - 2);
            return;
        }
        Actor member = accounts.membersOf(firm.id()).get(0).asActor();
        Listing live = published.get(0);
        listings.update(member, live.id(), new ListingInput(live.type().name(), live.title() + " (2027 edition)", live.titleZh(),
                live.summary() == null ? "Refreshed every hour from 2027." : live.summary() + " Refreshed every hour from 2027.", live.description(),
                live.descriptionZh(), live.sectors().stream().map(Enum::name).toList(), live.dataCategories().stream().map(Enum::name).toList(),
                live.directions().stream().map(Enum::name).toList(), live.deliveryModes().stream().map(Enum::name).toList(), live.tags(),
                live.scenarioIds().stream().map(String::valueOf).toList(), live.priceModel().name(), live.version()));
    }

    /**
     * The year's ledgers of two Lingang exporters: the demo firm near 100,000 individuals, so a need
     * of a few thousand more crosses into the standard contract, and another near 1,000,000.
     */
    private void ledgers(Actor staff) {
        LocalDate today = ledger.today();
        LocalDate earlier = today.getDayOfYear() > 40 ? today.minusDays(30) : today;
        for (int index : new int[] {0, 2}) {
            Organization firm = organizationRepository.findByRegistryId(registryId(index, true)).orElseThrow();
            long personal = index == 0 ? 92_000 : 940_000;
            ledger.record(staff, firm.id(), new ExportLedger.Recorded(earlier.toString(), personal * 2 / 3, 0L, "SG",
                    "Payroll and customer service data, recorded by park staff (demo)"));
            ledger.record(staff, firm.id(), new ExportLedger.Recorded(today.toString(), personal - personal * 2 / 3, index == 0 ? 0L : 1_200L, "MY",
                    "Regional support centre in Kuala Lumpur (demo)"));
        }
    }

    /** One verified firm has renamed itself and waits for staff: the verification queue shows the change, the public the old name. */
    private void changeOfName(int index) {
        Organization firm = organizationRepository.findByRegistryId(registryId(index, index % 2 == 0)).orElseThrow();
        Actor member = accounts.membersOf(firm.id()).get(0).asActor();
        organizations.update(member, firm.id(), new OrganizationDetails(firm.name().replace("Pte. Ltd.", "Holdings Pte. Ltd."), firm.nameZh(),
                firm.jurisdiction().name(), firm.sectors().stream().map(Enum::name).toList(), firm.website(), firm.description(), firm.descriptionZh(),
                firm.size() == null ? null : firm.size().name(), firm.registryId(), null, firm.version()));
    }

    /** A registry ID that passes the checks: a Shanghai unified social credit code, or a Singapore business UEN. */
    static String registryId(int index, boolean lingang) {
        if (lingang) {
            String first17 = "91310115MA1" + String.format("%06d", 100_000 + index * 37);
            return first17 + RegistryIds.checkCharacter(first17);
        }
        return String.format("%08d", 53_100_000 + index * 131) + "K";
    }

    private void firm(int index, boolean lingang, SectorBlock sector, Set<String> names, Random random, Actor staff, List<Scenario> sectorScenarios) {
        List<List<String>> places = lingang ? catalogue.cnPlaces() : catalogue.sgPlaces();
        List<String> place = places.get(random.nextInt(places.size()));
        List<String> word = sector.firmWords().get(random.nextInt(sector.firmWords().size()));
        String name = place.get(0) + " " + word.get(0) + (lingang ? " Co., Ltd." : " Pte. Ltd.");
        String nameZh = (lingang ? "上海" : "新加坡") + place.get(1) + word.get(1) + (lingang ? "有限公司" : "私人有限公司");
        if (!names.add(name)) {
            name = place.get(0) + " " + word.get(0) + " " + (index + 1) + (lingang ? " Co., Ltd." : " Pte. Ltd.");
            nameZh = (lingang ? "上海" : "新加坡") + place.get(1) + word.get(1) + (index + 1) + (lingang ? "有限公司" : "私人有限公司");
            names.add(name);
        }
        String email = index == 0 ? ACCOUNTS.lingangMember() : index == 1 ? ACCOUNTS.singaporeMember()
                : "firm" + (index + 1) + "@" + DOMAIN;
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        User user = accounts.registerConfirmed(new Registration(new OrganizationDetails(name, nameZh, lingang ? "CN" : "SG",
                List.of(sector.code()), "https://" + slug + (lingang ? ".example.cn" : ".example.sg"),
                name + " works on " + word.get(0).toLowerCase(Locale.ROOT) + " for partners in " + (lingang ? "Singapore and ASEAN." : "China."),
                nameZh + "专注于" + word.get(1) + "，与" + (lingang ? "新加坡及东盟" : "中国") + "伙伴合作。",
                List.of("STARTUP", "SME", "LARGE").get(random.nextInt(3)), registryId(index, lingang),
                lingang ? (index % 6 == 2 ? "SHANGHAI_FTZ" : "LINGANG") : null, null),
                new Registration.NewUser(email, PASSWORD, lingang ? "Li Wei" : "Tan Mei Ling")));
        Actor member = user.asActor();
        profile(member, lingang, random);
        checkEvidence(staff, member, index, random);
        boolean verified = index >= 6 || index < 2;
        if (verified) {
            organizations.decideVerification(staff, member.organizationId(), "VERIFIED", "Business registration checked (demo)");
        }
        List<ListingTemplate> templates = new ArrayList<>(sector.listings());
        Collections.shuffle(templates, random);
        int count = 2 + random.nextInt(3);
        for (int n = 0; n < count; n++) {
            listing(member, staff, name, nameZh, sector, templates.get(n), sectorScenarios, random, verified, n);
        }
        if (verified && (index < 2 || random.nextInt(100) < 40)) {
            need(member, lingang, sector, templates.get(count % templates.size()), sectorScenarios, random);
        }
    }

    /**
     * A need for what the other side of the border offers in the firm's sector: Lingang firms write
     * theirs in Chinese, Singapore firms in English, so matching works across the two languages.
     */
    private void need(Actor member, boolean lingang, SectorBlock sector, ListingTemplate wanted, List<Scenario> sectorScenarios, Random random) {
        List<String> categories = wanted.categories();
        boolean personal = categories.contains("PERSONAL");
        boolean sensitive = categories.contains("SENSITIVE_PERSONAL");
        long subjects = personal ? List.of(20_000L, 150_000L, 1_200_000L).get(random.nextInt(3)) : 0;
        long sensitiveSubjects = sensitive ? List.of(800L, 12_000L).get(random.nextInt(2)) : 0;
        String title = lingang ? "寻找新加坡合作伙伴：" + wanted.titleZh() : "Looking for a Lingang partner: " + wanted.title();
        String description = lingang
                ? "我们希望与新加坡企业合作获取" + wanted.titleZh() + "，用于" + sector.firmWords().get(0).get(1) + "业务。"
                : "We want " + wanted.title().toLowerCase(Locale.ROOT) + " from a Lingang firm for our " + sector.firmWords().get(0).get(0).toLowerCase(Locale.ROOT)
                + " work. " + wanted.summary();
        String direction = random.nextInt(100) < 20 ? "BOTH" : lingang ? "SG_TO_CN" : "CN_TO_SG";
        List<String> required = random.nextInt(100) < 20 ? List.of("ISO_27001") : List.of();
        List<String> scenarioIds = sectorScenarios.isEmpty() || random.nextBoolean() ? List.of()
                : List.of(sectorScenarios.get(random.nextInt(sectorScenarios.size())).id().toString());
        needs.create(member, new NeedInput(title, description, List.of(sector.code()), categories, direction, subjects, sensitiveSubjects, required,
                null, false, wanted.tags(), scenarioIds, null));
    }

    private void profile(Actor member, boolean lingang, Random random) {
        ComplianceProfile current = compliance.profile(member, member.organizationId());
        List<MechanismInput> mechanisms = new ArrayList<>();
        List<CertificationInput> certifications = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 11, 1);
        List<String> mechanismCodes = lingang
                ? List.of("CN_STANDARD_CONTRACT", "CN_PI_CERTIFICATION", "LINGANG_GENERAL_LIST", "CN_SECURITY_ASSESSMENT", "ASEAN_MCC")
                : List.of("ASEAN_MCC", "SG_CONTRACT", "APEC_CBPR", "SG_BCR", "CN_STANDARD_CONTRACT");
        for (String code : mechanismCodes) {
            if (random.nextInt(100) < 40) {
                mechanisms.add(new MechanismInput(code, "Demo scope", today.minusDays(30 + random.nextInt(600)).toString(),
                        code.substring(0, 2) + "-" + (1000 + random.nextInt(9000))));
            }
        }
        List<String> certificationCodes = lingang ? List.of("ISO_27001", "ISO_27701", "MLPS_3", "MLPS_2") : List.of("ISO_27001", "ISO_27701", "DPTM", "MTCS_3");
        for (String code : certificationCodes) {
            if (random.nextInt(100) < 45) {
                // About one in five held certifications has lapsed: the profile shows it as expired.
                LocalDate expires = random.nextInt(5) == 0 ? today.minusDays(10 + random.nextInt(200)) : today.plusDays(60 + random.nextInt(900));
                certifications.add(new CertificationInput(code, expires.toString(), "CERT-" + (10000 + random.nextInt(90000))));
            }
        }
        List<String> accepts = new ArrayList<>(List.of("GENERAL"));
        if (random.nextInt(100) < 70) {
            accepts.add("PERSONAL");
        }
        if (random.nextInt(100) < 35) {
            accepts.add("SENSITIVE_PERSONAL");
        }
        if (lingang && random.nextInt(100) < 15) {
            accepts.add("IMPORTANT");
        }
        compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(mechanisms, certifications, accepts,
                lingang && random.nextInt(100) < 8, current.version()));
    }

    /**
     * Staff's checks as a running park has them: most evidence verified, some rejected with a note,
     * some still waiting; lapsed certifications marked expired. The demo firms' first entry is
     * verified and their last still waits, so both states are there to see.
     */
    private void checkEvidence(Actor staff, Actor member, int index, Random random) {
        ComplianceProfile profile = compliance.profile(member, member.organizationId());
        LocalDate today = LocalDate.now();
        List<HeldEntry> entries = profile.entries();
        for (int n = 0; n < entries.size(); n++) {
            HeldEntry entry = entries.get(n);
            if (entry.isExpiredOn(today)) {
                continue;
            }
            int roll = index < 2 ? (n == 0 ? 0 : n == entries.size() - 1 ? 99 : 50) : random.nextInt(100);
            if (roll < 65) {
                profile = compliance.decideEvidence(staff, member.organizationId(), entry.kind().path(), entry.code().name(),
                        new ComplianceProfileService.EvidenceDecision("VERIFIED", "Checked against the issuer's register (demo)", profile.version()));
            } else if (roll < 75) {
                profile = compliance.decideEvidence(staff, member.organizationId(), entry.kind().path(), entry.code().name(),
                        new ComplianceProfileService.EvidenceDecision("REJECTED", "The reference does not match the issuer's register: upload "
                                + "the filing receipt (demo)", profile.version()));
            }
        }
        compliance.expire(member.organizationId(), today);
    }

    private void listing(Actor member, Actor staff, String organizationName, String organizationNameZh, SectorBlock sector, ListingTemplate template,
                         List<Scenario> sectorScenarios, Random random, boolean verified, int n) {
        boolean lingang = organizationNameZh.startsWith("上海");
        List<String> directions = lingang ? List.of("CN_TO_SG") : List.of("SG_TO_CN");
        if (random.nextInt(100) < 30) {
            directions = List.of("CN_TO_SG", "SG_TO_CN");
        }
        List<String> scenarioIds = sectorScenarios.isEmpty() || random.nextInt(100) < 30 ? List.of()
                : List.of(sectorScenarios.get(random.nextInt(sectorScenarios.size())).id().toString());
        Listing listing = listings.create(member, new ListingInput(template.type(), template.title(), template.titleZh(), template.summary(),
                template.summary() + " Offered by " + organizationName + ", with delivery in English and Chinese.",
                template.titleZh() + "，由" + organizationNameZh + "提供，支持中英文交付。",
                List.of(sector.code()), template.categories(), directions, template.delivery(), template.tags(), scenarioIds, template.price(), null));
        int fate = random.nextInt(100);
        if (fate < 8) {
            return;
        }
        listings.submit(member, listing.id());
        if (!verified || fate < 14) {
            return;
        }
        if (fate < 17) {
            listings.reject(staff, listing.id(), "Please describe the data fields and how personal information is protected.");
            return;
        }
        listings.publish(staff, listing.id());
        if (fate < 20 && n > 0) {
            listings.unpublish(member, listing.id());
        }
    }

    private static ScenarioInput scenario(SectorBlock sector, ScenarioTemplate t) {
        return new ScenarioInput(t.title(), t.titleZh(), t.title() + ". " + t.path() + ".", t.titleZh() + "。",
                List.of(sector.code()), t.direction(), t.categories(), Map.of("CN", t.cn(), "SG", t.sg()), t.path(), null);
    }
}
