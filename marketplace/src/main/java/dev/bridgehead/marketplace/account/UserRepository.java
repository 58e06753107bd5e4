package dev.bridgehead.marketplace.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * People in MySQL; e-mail addresses are stored lower-case. An address belongs to at most one
 * confirmed account; unconfirmed registrations may share it until one of them is confirmed.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<User, Long> {

    /** Every account with this address, the confirmed one (if any) first. */
    @Query("SELECT * FROM app_user WHERE email = :email ORDER BY email_confirmed_at IS NULL, id DESC LIMIT 20")
    List<User> findAllByEmail(String email);

    boolean existsByEmail(String email);

    @Query("SELECT COUNT(*) > 0 FROM app_user WHERE confirmed_email = :email")
    boolean existsConfirmed(String email);

    List<User> findByOrganizationIdOrderByDisplayName(Long organizationId);

    @Query("SELECT email FROM app_user WHERE organization_id = :organizationId AND email_confirmed_at IS NOT NULL")
    List<String> findConfirmedEmailsOfOrganization(Long organizationId);

    List<User> findByIdIn(Collection<Long> ids);

    @Query("UPDATE app_user SET email_confirmed_at = :at, version = version + 1, updated_at = :at WHERE id = :id AND email_confirmed_at IS NULL")
    int confirmEmail(Long id, Instant at);

    @Query("UPDATE app_user SET password_hash = :passwordHash, version = version + 1, updated_at = :at WHERE id = :id")
    int updatePassword(Long id, String passwordHash, Instant at);

    @Query("""
            UPDATE app_user SET totp_secret = :secret, totp_enabled_at = :enabledAt, totp_last_step = :lastStep,
                   version = version + 1, updated_at = :at WHERE id = :id""")
    int updateTwoFactor(Long id, @Nullable String secret, @Nullable Instant enabledAt, @Nullable Long lastStep, Instant at);

    /** Accepts a code's time step only once: false when this or a later step was already used. */
    @Query("UPDATE app_user SET totp_last_step = :step WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)")
    int useTotpStep(Long id, long step);

    /** Registrations never confirmed, to be forgotten. */
    @Query("SELECT * FROM app_user WHERE email_confirmed_at IS NULL AND created_at < :before LIMIT 500")
    List<User> findUnconfirmedBefore(Instant before);
}
