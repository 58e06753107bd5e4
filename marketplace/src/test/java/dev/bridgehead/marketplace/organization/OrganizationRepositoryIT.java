package dev.bridgehead.marketplace.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OrganizationRepositoryIT {

    @Inject
    OrganizationRepository organizations;

    @Inject
    DatabaseCleaner database;

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void chinese_text_written_to_mariadb_reads_back_equal() {
        Organization saved = organizations.save(Organization.unverified("Lingang Clinical Data Co.", "临港临床数据有限公司",
                Jurisdiction.CN, List.of(Sector.BIOMEDICINE, Sector.COMPLIANCE_SERVICES)));

        Organization read = organizations.findById(saved.id()).orElseThrow();

        assertThat(read.nameZh()).isEqualTo("临港临床数据有限公司");
        assertThat(read.name()).isEqualTo("Lingang Clinical Data Co.");
        assertThat(read.sectors()).containsExactly(Sector.BIOMEDICINE, Sector.COMPLIANCE_SERVICES);
        assertThat(read.verification()).isEqualTo(Verification.UNVERIFIED);
        assertThat(read.createdAt()).isNotNull();
        assertThat(read.version()).isZero();
    }

    @Test
    void characters_outside_the_basic_plane_survive_the_round_trip() {
        String name = "𠀋 Data Exchange 🚢";
        Organization saved = organizations.save(Organization.unverified(name, "𠀋数据交换", Jurisdiction.SG, List.of(Sector.INTERNATIONAL_SHIPPING)));

        assertThat(organizations.findById(saved.id()).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void an_update_read_at_an_older_version_is_refused_and_the_newer_data_stays() {
        Organization saved = organizations.save(Organization.unverified("Harbour Analytics", null, Jurisdiction.SG, List.of(Sector.FINANCE)));
        Organization current = organizations.update(withName(saved, "Harbour Analytics Pte. Ltd."));

        assertThatThrownBy(() -> organizations.update(withName(saved, "Stale name"))).isInstanceOf(OptimisticLockException.class);
        assertThat(organizations.findById(saved.id()).orElseThrow().name()).isEqualTo(current.name());
    }

    private static Organization withName(Organization o, String name) {
        return new Organization(o.id(), name, o.nameZh(), o.jurisdiction(), o.sectors(), o.website(), o.description(), o.descriptionZh(),
                o.size(), o.verification(), o.registryId(), o.registrationArea(), o.pendingChange(), o.createdAt(), o.updatedAt(), o.version());
    }
}
