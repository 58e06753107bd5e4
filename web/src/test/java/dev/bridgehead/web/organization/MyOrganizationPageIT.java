package dev.bridgehead.web.organization;

import static dev.bridgehead.web.page.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Mechanism;
import dev.bridgehead.marketplace.organization.HeldMechanism;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member keeps the organisation's details, compliance profile and colleagues through the page. */
@MicronautTest(transactional = false)
class MyOrganizationPageIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    OrganizationService organizations;

    @Inject
    dev.bridgehead.marketplace.organization.ComplianceProfileService compliance;

    @Inject
    AccountService accounts;

    @Inject
    DatabaseCleaner database;

    private Actor member;
    private Browser browser;

    @BeforeEach
    void signIn() {
        database.clean();
        member = fixture.member("SG");
        browser = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(member));
    }

    @Test
    void a_member_records_a_mechanism_and_a_certification_and_sees_them_kept() {
        HttpResponse<String> saved = browser.post("/my/organization/compliance", form("version", "0",
                "mechanismCode", "ASEAN_MCC", "mechanismScope", "customer data", "mechanismObtainedOn", "2026-02-01", "mechanismEvidenceRef", "MCC-1",
                "mechanismCode", "", "mechanismScope", "", "mechanismObtainedOn", "", "mechanismEvidenceRef", "",
                "certificationCode", "DPTM", "certificationExpiresOn", "2024-12-31", "certificationEvidenceRef", "D-9",
                "acceptsCategories", "GENERAL", "acceptsCategories", "PERSONAL"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(compliance.profile(member, member.organizationId()).mechanisms()).extracting(HeldMechanism::code)
                .containsExactly(Mechanism.ASEAN_MCC);
        assertThat(browser.get("/my/organization").body()).contains("value=\"MCC-1\"").contains("evidence-expired");
    }

    @Test
    void a_stale_profile_form_comes_back_with_what_was_typed_and_changes_nothing() {
        browser.post("/my/organization/compliance", form("version", "0", "acceptsCategories", "GENERAL"));

        HttpResponse<String> stale = browser.post("/my/organization/compliance", form("version", "0", "acceptsCategories", "CORE",
                "mechanismCode", "SG_CONTRACT", "mechanismScope", "typed and kept", "mechanismObtainedOn", "", "mechanismEvidenceRef", ""));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("value=\"typed and kept\"").contains("name=\"version\" value=\"1\"").contains("changed this");
        assertThat(compliance.profile(member, member.organizationId()).acceptsCategories()).extracting(Enum::name).containsExactly("GENERAL");
    }

    @Test
    void a_member_adds_a_colleague_who_can_sign_in_once_the_address_is_confirmed() {
        HttpResponse<String> added = browser.post("/my/organization/members", form("displayName", "Ong Wei", "email", "ong@example.sg",
                "password", "colleague-password-1"));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(accounts.membersOf(member.organizationId())).hasSize(2);
        assertThat(accounts.signIn("ong@example.sg", "colleague-password-1", null, "127.0.0.9").outcome())
                .isEqualTo(dev.bridgehead.marketplace.account.SignIn.Outcome.EMAIL_UNCONFIRMED);
        accounts.vouchForEmail(fixture.staff(), accounts.byEmail("ong@example.sg").orElseThrow().id());
        assertThat(accounts.signIn("ong@example.sg", "colleague-password-1", "127.0.0.9")).hasValueSatisfying(colleague ->
                assertThat(colleague.organizationId()).isEqualTo(member.organizationId()));
    }

    @Test
    void a_bad_colleague_is_refused_next_to_the_fields() {
        HttpResponse<String> refused = browser.post("/my/organization/members", form("displayName", "", "email", "not-an-email", "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"email-error\"").contains("id=\"password-error\"").contains("id=\"displayName-error\"");
        assertThat(accounts.membersOf(member.organizationId())).hasSize(1);
    }
}
