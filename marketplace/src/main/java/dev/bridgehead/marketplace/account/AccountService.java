package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.account.AccountTokens.Purpose;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.marketplace.mail.Mailer;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.organization.OrganizationService;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Registration, sign-in and accounts. A registration answers the same whether or not its address
 * already has an account; the account can do nothing until its address is confirmed (by the link
 * sent to it, or by staff who vouch for it).
 */
@Singleton
public class AccountService {

    static final int REGISTRATIONS_PER_ADDRESS = 10;
    static final int RESETS_PER_ACCOUNT = 3;
    static final int MAILS_PER_ADDRESS = 20;
    static final int MAILS_PER_RECIPIENT = 5;
    /** At most this many unconfirmed registrations of one address are looked at (a password tried against, a link sent to). */
    static final int PENDING_SHOWN = 3;
    static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);
    static final Duration HOUR = Duration.ofHours(1);

    private final UserRepository users;
    private final OrganizationService organizations;
    private final PasswordHasher hasher;
    private final SignInGuard guard;
    private final AccountTokens tokens;
    private final Sessions sessions;
    private final TwoFactor twoFactor;
    private final PasswordConfirmation confirmations;
    private final SignInThrottleRepository counters;
    private final Mailer mailer;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final String publicUrl;

    AccountService(UserRepository users, OrganizationService organizations, PasswordHasher hasher, SignInGuard guard, AccountTokens tokens,
                   Sessions sessions, TwoFactor twoFactor, PasswordConfirmation confirmations, SignInThrottleRepository counters, Mailer mailer,
                   AuditLog audit,
                   TransactionOperations<Connection> transactions, Clock clock, @Value("${bridgehead.public-url:`http://localhost:8080`}") String publicUrl) {
        this.users = users;
        this.organizations = organizations;
        this.hasher = hasher;
        this.guard = guard;
        this.tokens = tokens;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.confirmations = confirmations;
        this.counters = counters;
        this.mailer = mailer;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Registers an organisation (unverified) with its first member (unconfirmed), all or nothing,
     * from someone on the web at {@code address} (at most {@link #REGISTRATIONS_PER_ADDRESS} an hour
     * from one address; refused ones do not count). The link to confirm goes to the address; if the address already belongs
     * to a confirmed account, its owner is told instead, and the answer is the same.
     */
    public User register(Registration registration, String address) {
        String key = "register:" + normalized(address);
        Instant now = clock.instant();
        if (counters.findById(key).filter(count -> count.windowStart().isAfter(now.minus(HOUR)) && count.failures() >= REGISTRATIONS_PER_ADDRESS)
                .isPresent()) {
            throw new TooManyRequests("Too many registrations from your network: try again later", HOUR);
        }
        User member = registerUnconfirmed(registration);
        counters.countFailure(key, now, now.minus(HOUR));
        return member;
    }

    /**
     * Registers for the park's own loaders (the demo, the benchmark), whose addresses are the
     * park's to vouch for: confirmed at once, no e-mail, no limit per address.
     */
    public User registerConfirmed(Registration registration) {
        return save(registration, clock.instant());
    }

    private User registerUnconfirmed(Registration registration) {
        User member = save(registration, null);
        if (!withinLimit("to:" + member.email(), MAILS_PER_RECIPIENT)) {
            return member;
        }
        if (users.existsConfirmed(member.email())) {
            mailer.sendTo(member.email(), "Bridgehead: you already have an account · 您已有账户",
                    "Someone (perhaps you) registered a new organisation on Bridgehead with this address, which already has an account.\n"
                            + "Sign in at " + publicUrl + "/login, or reset your password at " + publicUrl + "/account/reset if you forgot it.\n"
                            + "If it was not you, you need do nothing.\n\n"
                            + "有人（也许是您）用此邮箱在 Bridgehead 注册了新机构，但此邮箱已有账户。请在 " + publicUrl + "/login 登录，"
                            + "或在 " + publicUrl + "/account/reset 重设密码。如非本人操作，无需理会。");
        } else {
            sendConfirmation(member);
        }
        return member;
    }

    private User save(Registration registration, @Nullable Instant confirmedAt) {
        return transactions.executeWrite(status -> {
            InputCheck check = new InputCheck();
            check.required("organization", registration.organization()).required("user", registration.user());
            Registration.NewUser user = Objects.requireNonNullElse(registration.user(), new Registration.NewUser(null, null, null));
            String email = checkNewUser(check, user, "user.");
            if (confirmedAt != null && email != null && check.isValid() && users.existsConfirmed(email)) {
                check.add("user.email", "taken", "is already registered");
            }
            OrganizationDetails details = Objects.requireNonNullElse(registration.organization(),
                    new OrganizationDetails(null, null, null, null, null, null, null, null, null, null, null));
            Organization organization = organizations.create(details, check, "organization.");
            User saved = users.save(newUser(email, user, Role.MEMBER, organization.id(), confirmedAt));
            audit.record(saved.asActor(), "organization.registered", "organization", organization.id(), null);
            return saved;
        });
    }

    /** A staff or admin account (no organisation), e.g. the bootstrap admin from configuration; its address counts as confirmed. */
    @Transactional
    public User createStaff(Registration.NewUser user, Role role) {
        InputCheck check = new InputCheck();
        String email = checkNewUser(check, user, "");
        check.that(role.isStaff(), "role", "unknown-code", "must be STAFF or ADMIN");
        if (email != null && check.isValid() && users.existsConfirmed(email)) {
            check.add("email", "taken", "is already registered");
        }
        check.throwIfInvalid();
        return users.save(newUser(email, user, role, null, clock.instant()));
    }

    /** A further member of an organisation, added by one of its members or by staff; the new member confirms the address. */
    public User addMember(Actor actor, Long organizationId, Registration.NewUser user) {
        if (actor == null || !actor.mayActFor(organizationId)) {
            throw new NotFound("Organisation " + organizationId);
        }
        User member = transactions.executeWrite(status -> {
            InputCheck check = new InputCheck();
            String email = checkNewUser(check, user, "");
            if (email != null && check.isValid() && users.existsConfirmed(email)) {
                check.add("email", "taken", "is already registered");
            }
            check.throwIfInvalid();
            return users.save(newUser(email, user, Role.MEMBER, organizationId, null));
        });
        sendConfirmation(member);
        return member;
    }

    /**
     * Signs in with e-mail and password (and, for an account with two-factor sign-in, a code from
     * the authenticator app or a recovery code). Refused for a while, whatever the password, when
     * {@link SignInGuard} says so. A wrong password and an unknown address answer alike.
     */
    public SignIn signIn(String email, String password, @Nullable String code, String address) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || password == null || password.length() > Passwords.MAX || normalized.length() > 254) {
            return SignIn.wrong();
        }
        guard.begin(normalized, address);
        Optional<User> user = passwordHolder(normalized, password);
        if (user.isEmpty()) {
            guard.failed(normalized, address);
            return SignIn.wrong();
        }
        User person = user.get();
        if (person.hasTwoFactor() && person.isEmailConfirmed() && code != null && !code.isBlank() && !twoFactor.verify(person, code)) {
            guard.failed(normalized, address);
            return SignIn.wrongCode(person);
        }
        guard.succeeded(normalized, address);
        if (!person.isEmailConfirmed()) {
            return SignIn.unconfirmed(person);
        }
        if (person.hasTwoFactor() && (code == null || code.isBlank())) {
            return SignIn.secondFactor(person, twoFactor.challenge(person.id()));
        }
        return SignIn.signedIn(person);
    }

    /** For tests and the demo: signs in without a second factor step (none is enrolled) or fails. */
    public Optional<Actor> signIn(String email, String password, String address) {
        SignIn result = signIn(email, password, null, address);
        return result.outcome() == SignIn.Outcome.SIGNED_IN ? Optional.of(result.user().asActor()) : Optional.empty();
    }

    /** The second step of a page sign-in: the code for the challenge the right password opened. */
    public SignIn completeSignIn(String challenge, String code, String address) {
        Optional<User> user = twoFactor.challenged(challenge).flatMap(users::findById);
        if (user.isEmpty()) {
            return SignIn.wrong();
        }
        User person = user.get();
        guard.begin(person.email(), address);
        if (!twoFactor.answer(challenge, person, code)) {
            guard.failed(person.email(), address);
            return SignIn.wrongCode(person, challenge);
        }
        guard.succeeded(person.email(), address);
        return SignIn.signedIn(person);
    }

    /** Confirms the address the link was sent to; the account may then sign in. */
    public User confirmEmail(String token) {
        Long userId = tokens.use(token, Purpose.CONFIRM).orElseThrow(AccountService::invalidLink);
        return markConfirmed(userId);
    }

    /** Staff confirm an address they vouch for (they know the person); recorded in the audit log. */
    public User vouchForEmail(Actor staff, Long userId) {
        if (staff == null || !staff.isStaff()) {
            throw new NotFound("User " + userId);
        }
        User user = get(userId);
        if (user.isEmailConfirmed()) {
            return user;
        }
        User confirmed = markConfirmed(userId);
        audit.record(staff, "account.email-vouched", "account", userId, user.email());
        return confirmed;
    }

    private User markConfirmed(Long userId) {
        try {
            users.confirmEmail(userId, clock.instant());
        } catch (DataAccessException e) {
            throw new Conflict("This e-mail address already belongs to a confirmed account: sign in with it, or reset its password");
        }
        return get(userId);
    }

    /**
     * Sends a new confirmation link to each unconfirmed registration with this address (each e-mail
     * names its organisation, so that the owner confirms only their own); answers alike whether or
     * not there is one.
     */
    public void resendConfirmation(String email, String address) {
        limit("mail:" + normalized(address), MAILS_PER_ADDRESS, "Too many e-mails asked for from your network: try again later");
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || users.existsConfirmed(normalized)) {
            return;
        }
        users.findAllByEmail(normalized).stream().limit(PENDING_SHOWN).filter(user -> withinLimit("confirm:" + user.id(), RESETS_PER_ACCOUNT))
                .forEach(this::sendConfirmation);
    }

    /** Sends a password-reset link to the account with this address, if there is one; answers alike either way. */
    public void requestPasswordReset(String email, String address) {
        limit("mail:" + normalized(address), MAILS_PER_ADDRESS, "Too many e-mails asked for from your network: try again later");
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            return;
        }
        users.findAllByEmail(normalized).stream().findFirst().filter(user -> withinLimit("reset:" + user.id(), RESETS_PER_ACCOUNT))
                .ifPresent(user -> {
                    String token = tokens.issue(user.id(), Purpose.RESET);
                    String link = publicUrl + "/account/reset/" + token;
                    mailer.sendTo(user.email(), "Bridgehead: reset your password · 重设密码",
                            "To choose a new password for your Bridgehead account, open this link within an hour (it works once):\n" + link
                                    + "\nIf you did not ask for it, you need do nothing: your password stays as it is.\n\n"
                                    + "请在一小时内打开以下链接为您的 Bridgehead 账户设置新密码（仅可使用一次）：\n" + link
                                    + "\n如非本人操作，无需理会，您的密码不会改变。");
                });
    }

    /** Sets a new password from a reset link: the link works once, and every session of the account ends. */
    public User resetPassword(String token, String newPassword) {
        User user = tokens.peek(token, Purpose.RESET).flatMap(users::findById).orElseThrow(AccountService::invalidLink);
        InputCheck check = new InputCheck();
        check.required("password", newPassword);
        Passwords.check(check, "password", newPassword, user.email());
        check.throwIfInvalid();
        transactions.executeWrite(status -> {
            if (tokens.use(token, Purpose.RESET).isEmpty()) {
                throw invalidLink();
            }
            users.updatePassword(user.id(), hasher.hash(newPassword), clock.instant());
            if (!user.isEmailConfirmed() && !users.existsConfirmed(user.email())) {
                users.confirmEmail(user.id(), clock.instant());
            }
            tokens.useAll(user.id(), Purpose.RESET);
            twoFactor.closeChallengesOf(user.id());
            sessions.endOthers(user.id(), null, "password-reset");
            audit.recordSystem("account.password-reset", "account", user.id(), null);
            return null;
        });
        return get(user.id());
    }

    /** Whether a reset link is still good (the page asks before showing the form). */
    public boolean isResetLinkValid(String token) {
        return tokens.peek(token, Purpose.RESET).isPresent();
    }

    /**
     * Changes the signed-in person's password (the current one is asked for, and a wrong one counts
     * as a failed sign-in); every other session, reset link and half-finished sign-in ends.
     */
    public void changePassword(Actor actor, String currentPassword, String newPassword, @Nullable String currentSession, String address) {
        User current = get(actor.userId());
        InputCheck check = new InputCheck();
        check.required("password", newPassword);
        Passwords.check(check, "password", newPassword, current.email());
        check.throwIfInvalid();
        User user = confirmations.confirm(actor, currentPassword, address, "currentPassword");
        transactions.executeWrite(status -> {
            users.updatePassword(user.id(), hasher.hash(newPassword), clock.instant());
            tokens.useAll(user.id(), Purpose.RESET);
            twoFactor.closeChallengesOf(user.id());
            sessions.endOthers(user.id(), currentSession, "password-changed");
            audit.record(actor, "account.password-changed", "account", user.id(), null);
            return null;
        });
    }

    public Optional<User> find(Long id) {
        return users.findById(id);
    }

    /** The account with this e-mail address (as typed: case and spaces do not matter); the confirmed one if several registered it. */
    public Optional<User> byEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty()
                : users.findAllByEmail(email.strip().toLowerCase(Locale.ROOT)).stream().findFirst();
    }

    /** Every account with this address: the confirmed one first, then unconfirmed registrations, newest first. */
    public List<User> allWithEmail(String email) {
        return email == null || email.isBlank() ? List.of() : users.findAllByEmail(email.strip().toLowerCase(Locale.ROOT));
    }

    public boolean exists(String email) {
        return users.existsByEmail(email.strip().toLowerCase(Locale.ROOT));
    }

    public List<User> membersOf(Long organizationId) {
        return users.findByOrganizationIdOrderByDisplayName(organizationId);
    }

    /** Display names of people by id, to say who did what in a history. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.findByIdIn(ids).stream().collect(Collectors.toMap(User::id, User::displayName));
    }

    public User get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFound("User " + id));
    }

    private static InvalidInput invalidLink() {
        return new InvalidInput(List.of(new FieldError("token", "invalid",
                "This link is not valid any more: it was used, it expired, or it was mistyped. Ask for a new one.")));
    }

    private void sendConfirmation(User user) {
        String token = tokens.issue(user.id(), Purpose.CONFIRM);
        String link = publicUrl + "/account/confirm/" + token;
        String organization = organizationName(user);
        mailer.sendTo(user.email(), "Bridgehead: confirm your e-mail address · 确认您的邮箱",
                "Welcome to Bridgehead, " + user.displayName() + ".\nTo confirm this address for your account at " + organization
                        + " and start using it, open this link within three days:\n" + link
                        + "\nIf you did not register " + organization + ", do not open it: you need do nothing.\n\n"
                        + "欢迎使用 Bridgehead。请在三天内打开以下链接，确认此邮箱为您在" + organization + "的账户邮箱并启用账户：\n" + link
                        + "\n如您没有注册" + organization + "，请勿打开，无需理会。");
    }

    /** The name of the person's organisation ("the park" for staff), as e-mails and staff pages show it. */
    public String organizationName(User user) {
        return user.organizationId() == null ? "the park" : organizations.byIds(List.of(user.organizationId())).values().stream().findFirst()
                .map(Organization::name).orElse("your organisation");
    }

    /** What a confirmation link is for (the person, address and organisation), without using it: the page shows it before the button. */
    public Optional<PendingConfirmation> pendingConfirmation(String token) {
        return tokens.peek(token, Purpose.CONFIRM).flatMap(users::findById)
                .map(user -> new PendingConfirmation(user.displayName(), user.email(), organizationName(user)));
    }

    /** Whom a confirmation link confirms. */
    public record PendingConfirmation(String displayName, String email, String organization) {
    }

    /** Whether an account with this address has confirmed it (e.g. the bootstrap admin's, which an unconfirmed registration must not block). */
    public boolean hasConfirmedAccount(String email) {
        return email != null && users.existsConfirmed(email.strip().toLowerCase(Locale.ROOT));
    }

    /** Registrations never confirmed are forgotten after {@link #UNCONFIRMED_KEPT} (their organisation stays, unverified, for staff). */
    @io.micronaut.scheduling.annotation.Scheduled(fixedDelay = "1h", initialDelay = "30m")
    void forgetUnconfirmed() {
        for (User user : users.findUnconfirmedBefore(clock.instant().minus(UNCONFIRMED_KEPT))) {
            try {
                users.deleteById(user.id());
            } catch (DataAccessException e) {
                // Still referred to (staff gave it a role in a record): kept, and looked at again next time.
            }
        }
    }

    /** The account with this address whose password this is: the confirmed one, or else an unconfirmed registration. */
    private Optional<User> passwordHolder(String email, String password) {
        List<User> candidates = users.findAllByEmail(email);
        if (candidates.isEmpty()) {
            hasher.matches(password, hasher.decoy());
            return Optional.empty();
        }
        for (User candidate : candidates.subList(0, Math.min(candidates.size(), PENDING_SHOWN + 1))) {
            if (hasher.matches(password, candidate.passwordHash())) {
                return Optional.of(candidate);
            }
            if (candidate.isEmailConfirmed()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void limit(String key, int perHour, String message) {
        if (!withinLimit(key, perHour)) {
            throw new TooManyRequests(message, HOUR);
        }
    }

    /** Counts one more use of {@code key} this hour; false once it passes {@code perHour}. */
    private boolean withinLimit(String key, int perHour) {
        Instant now = clock.instant();
        counters.countFailure(key, now, now.minus(HOUR));
        return counters.findById(key).map(count -> count.failures() <= perHour).orElse(true);
    }

    private User newUser(String email, Registration.NewUser user, Role role, @Nullable Long organizationId, @Nullable Instant confirmedAt) {
        return new User(null, email, hasher.hash(user.password()), user.displayName().strip(), role, organizationId, null, null, null,
                confirmedAt, null, null, null);
    }

    private static String normalized(String address) {
        return NetworkAddresses.key(address);
    }

    private String checkNewUser(InputCheck check, Registration.NewUser user, String prefix) {
        String email = user.email() == null ? null : user.email().strip().toLowerCase(Locale.ROOT);
        check.required(prefix + "email", email).email(prefix + "email", email)
                .required(prefix + "password", user.password())
                .required(prefix + "displayName", user.displayName()).line(prefix + "displayName", user.displayName(), 100);
        Passwords.check(check, prefix + "password", user.password(), email);
        return email;
    }
}
