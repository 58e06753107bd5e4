package dev.bridgehead.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff search and export the audit log that the services write, on the real database. */
@MicronautTest(transactional = false, startApplication = false)
class AuditSearchIT {

    @Inject
    AuditSearch audit;

    @Inject
    ListingService listings;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    private Actor staff;
    private Actor member;
    private Listing rejected;

    @BeforeEach
    void log() {
        database.clean();
        staff = fixture.staff();
        member = fixture.verifiedMember("SG");
        fixture.published(member, "Port calls");
        rejected = fixture.submitted(member, "Crew lists");
        listings.reject(staff, rejected.id(), "Personal data of 50% of crews_ without a legal basis");
    }

    @Test
    void theServicesWriteEveryStateChangeAndStaffDecisionToTheLog() {
        List<String> actions = audit.search(staff, AuditQuery.everything(), 0, 50).getContent().stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("organization.registered", "organization.verified", "listing.submit", "listing.publish", "listing.reject");
        assertThat(audit.actions(staff)).contains("listing.reject", "organization.registered");
    }

    @Test
    void eachFilterNarrowsTheLogNewestFirst() {
        assertThat(find("listing", String.valueOf(rejected.id()), null, null, null)).extracting(AuditEntry::action)
                .containsExactly("listing.reject", "listing.submit");
        assertThat(find(null, null, fixture.emailOf(staff), "listing.reject", null)).singleElement()
                .satisfies(e -> assertThat(e.subjectId()).isEqualTo(rejected.id()));
        assertThat(find(null, null, null, null, "50%")).as("LIKE's wildcards are taken literally").hasSize(1);
        assertThat(find(null, null, null, null, "crews_")).hasSize(1);
        assertThat(find(null, null, null, null, "%")).hasSize(1);
        assertThat(find(null, null, null, null, "_")).hasSize(1);
        String today = LocalDate.now(AuditQuery.PARK_TIME).toString();
        String tomorrow = LocalDate.now(AuditQuery.PARK_TIME).plusDays(1).toString();
        assertThat(audit.search(staff, AuditQuery.parse(null, null, null, null, null, today, today), 0, 50).getTotalSize())
                .isEqualTo(audit.search(staff, AuditQuery.everything(), 0, 50).getTotalSize());
        assertThat(audit.search(staff, AuditQuery.parse(null, null, null, null, null, tomorrow, null), 0, 50).getContent()).isEmpty();
    }

    @Test
    void anExportHandsOverEveryEntryTheFilterFinds() {
        List<AuditEntry> exported = new ArrayList<>();
        int count = audit.export(staff, AuditQuery.parse("listing", null, null, null, null, null, null), exported::add);
        assertThat(count).isEqualTo(exported.size()).isEqualTo(4);
        assertThat(exported).extracting(AuditEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void badFiltersNameTheirFieldAndOnlyStaffReadTheLog() {
        assertRefused("subjectType", () -> AuditQuery.parse("user", null, null, null, null, null, null));
        assertRefused("subjectId", () -> AuditQuery.parse(null, "12abc", null, null, null, null, null));
        assertRefused("action", () -> AuditQuery.parse(null, null, null, "'; DROP TABLE audit_entry; --", null, null, null));
        assertRefused("from", () -> AuditQuery.parse(null, null, null, null, null, "31/12/2026", null));
        assertRefused("until", () -> AuditQuery.parse(null, null, null, null, null, "2026-12-01", "2026-11-01"));
        assertRefused("text", () -> AuditQuery.parse(null, null, null, null, "x".repeat(201), null, null));
        assertRefused("actorEmail", () -> audit.checkActor(AuditQuery.parse(null, null, "nobody@nowhere.example", null, null, null, null)));
        assertThatThrownBy(() -> audit.search(member, AuditQuery.everything(), 0, 10)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> audit.export(member, AuditQuery.everything(), e -> { })).isInstanceOf(NotAllowed.class);
    }

    private List<AuditEntry> find(String subjectType, String subjectId, String actorEmail, String action, String text) {
        return audit.search(staff, AuditQuery.parse(subjectType, subjectId, actorEmail, action, text, null, null), 0, 50).getContent();
    }

    private static void assertRefused(String field, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly(field));
    }
}
