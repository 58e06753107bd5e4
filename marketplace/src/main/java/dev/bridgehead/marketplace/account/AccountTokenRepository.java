package dev.bridgehead.marketplace.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountTokenRepository extends CrudRepository<AccountToken, String> {

    /** Uses the token once: 1 when it was unused, unexpired and for this purpose, 0 otherwise. */
    @Query("UPDATE account_token SET used_at = :now WHERE token_hash = :tokenHash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now")
    int use(String tokenHash, String purpose, Instant now);

    /** Every other unused link of the account for this purpose stops working (a reset link after the password changed). */
    @Query("UPDATE account_token SET used_at = :now WHERE user_id = :userId AND purpose = :purpose AND used_at IS NULL")
    int useAll(Long userId, String purpose, Instant now);

    @Query("DELETE FROM account_token WHERE expires_at < :cutoff LIMIT 10000")
    int deleteExpiredBefore(Instant cutoff);
}
