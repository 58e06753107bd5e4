package dev.bridgehead.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Deadlines and the breaker, with calls that never answer, fail, or are refused. */
class SearchCallsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SearchCalls calls = new SearchCalls(Duration.ofMillis(50), Duration.ofHours(1), meters);

    @Test
    void a_call_that_never_answers_is_cancelled_at_its_deadline() {
        CompletableFuture<String> hanging = new CompletableFuture<>();

        assertThatThrownBy(() -> calls.await(() -> hanging)).isInstanceOf(SearchUnavailable.class).hasCauseInstanceOf(TimeoutException.class);
        assertThat(hanging).isCancelled();
    }

    @Test
    void after_five_failures_in_a_row_calls_fail_without_asking_and_a_success_in_between_starts_the_count_again() {
        for (int i = 0; i < SearchCalls.FAILURES_TO_OPEN - 1; i++) {
            assertThatThrownBy(() -> calls.await(() -> CompletableFuture.failedFuture(new java.io.IOException("connection refused"))))
                    .isInstanceOf(SearchUnavailable.class);
        }
        assertThat(calls.await(() -> CompletableFuture.completedFuture("answer"))).isEqualTo("answer");
        for (int i = 0; i < SearchCalls.FAILURES_TO_OPEN; i++) {
            assertThatThrownBy(() -> calls.await(() -> CompletableFuture.failedFuture(new java.io.IOException("connection refused"))))
                    .isInstanceOf(SearchUnavailable.class);
        }
        AtomicInteger asked = new AtomicInteger();

        assertThat(calls.isOpen()).isTrue();
        assertThatThrownBy(() -> calls.await(() -> {
            asked.incrementAndGet();
            return CompletableFuture.completedFuture("answer");
        })).isInstanceOf(SearchUnavailable.class);
        assertThat(asked).as("not asked while open").hasValue(0);
    }

    @Test
    void a_refusal_elasticsearch_answers_is_an_answer_not_a_failure() {
        ElasticsearchException refused = new ElasticsearchException("search", ErrorResponse.of(e -> e.status(400)
                .error(ErrorCause.of(c -> c.type("parsing_exception").reason("bad query")))));
        for (int i = 0; i < SearchCalls.FAILURES_TO_OPEN + 1; i++) {
            assertThatThrownBy(() -> calls.await(() -> CompletableFuture.failedFuture(refused))).isSameAs(refused);
        }

        assertThat(calls.isOpen()).isFalse();
    }
}
