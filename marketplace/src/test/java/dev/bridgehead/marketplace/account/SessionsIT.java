package dev.bridgehead.marketplace.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class SessionsIT {

    @Inject
    Sessions sessions;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    JdbcOperations jdbc;

    @Inject
    DatabaseCleaner database;

    @BeforeEach
    void clean() {
        database.clean();
    }

    @Test
    void a_session_ended_here_is_refused_at_once() {
        Actor member = fixture.member("SG");
        String session = sessions.start(member.userId(), Duration.ofHours(8), "192.0.2.1", "curl/8");

        assertThat(sessions.isEnded(session)).isFalse();
        sessions.end(session);

        assertThat(sessions.isEnded(session)).isTrue();
        assertThat(sessions.activeOf(member.userId())).isEmpty();
    }

    @Test
    void a_session_ended_by_another_node_is_refused_from_the_next_refresh() {
        Actor member = fixture.member("CN");
        String session = sessions.start(member.userId(), Duration.ofHours(8), null, null);

        jdbc.execute(connection -> connection.prepareStatement("UPDATE user_session SET ended_at = NOW(6), ended_why = 'signed-out' WHERE id = '"
                + session + "'").executeUpdate());
        assertThat(sessions.isEnded(session)).as("until this node reads again").isFalse();
        sessions.refresh();

        assertThat(sessions.isEnded(session)).isTrue();
    }

    @Test
    void ending_the_others_keeps_the_current_one_and_staff_can_end_them_all() {
        Actor member = fixture.member("SG");
        String laptop = sessions.start(member.userId(), Duration.ofHours(8), null, null);
        String phone = sessions.start(member.userId(), Duration.ofHours(8), null, null);
        String platform = sessions.start(member.userId(), Duration.ofHours(8), null, null);

        assertThat(sessions.endOthers(member.userId(), laptop, "password-changed")).isEqualTo(2);
        assertThat(sessions.isEnded(phone)).isTrue();
        assertThat(sessions.isEnded(platform)).isTrue();
        assertThat(sessions.isEnded(laptop)).isFalse();

        assertThatThrownBy(() -> sessions.endAllByStaff(member, member.userId())).isInstanceOf(NotFound.class);
        assertThat(sessions.endAllByStaff(fixture.staff(), member.userId())).isEqualTo(1);
        assertThat(sessions.isEnded(laptop)).isTrue();
    }
}
