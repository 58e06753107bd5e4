package dev.bridgehead.web.security;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.account.Role;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first admin from configuration ({@code BRIDGEHEAD_ADMIN_EMAIL},
 * {@code BRIDGEHEAD_ADMIN_PASSWORD}) if no account has that e-mail yet; several nodes starting
 * together create it once (the e-mail is unique).
 */
@Singleton
@Requires(property = "bridgehead.admin.email")
@Requires(property = "bridgehead.admin.password")
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    AdminBootstrap(AccountService accounts, @Value("${bridgehead.admin.email}") String email, @Value("${bridgehead.admin.password}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.hasConfirmedAccount(email)) {
            return;
        }
        try {
            accounts.createStaff(new Registration.NewUser(email, password, "Administrator"), Role.ADMIN);
            LOG.info("Created the admin account {}", email);
        } catch (RuntimeException e) {
            if (!accounts.hasConfirmedAccount(email)) {
                throw e;
            }
        }
    }
}
