package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.organization.OrganizationService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Registration, sign-in and accounts. */
@Singleton
public class AccountService {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;

    private final UserRepository users;
    private final OrganizationService organizations;
    private final PasswordHasher hasher;
    private final SignInGuard guard;
    private final AuditLog audit;

    AccountService(UserRepository users, OrganizationService organizations, PasswordHasher hasher, SignInGuard guard, AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.organizations = organizations;
        this.hasher = hasher;
        this.guard = guard;
    }

    /** Registers an organisation (unverified) with its first member; all or nothing. */
    @Transactional
    public User register(Registration registration) {
        InputCheck check = new InputCheck();
        check.required("organization", registration.organization()).required("user", registration.user());
        Registration.NewUser user = Objects.requireNonNullElse(registration.user(), new Registration.NewUser(null, null, null));
        String email = checkNewUser(check, user, "user.");
        OrganizationDetails details = Objects.requireNonNullElse(registration.organization(),
                new OrganizationDetails(null, null, null, null, null, null, null, null, null, null, null));
        Organization organization = organizations.create(details, check, "organization.");
        User member = users.save(new User(null, email, hasher.hash(user.password()), user.displayName().strip(), Role.MEMBER, organization.id(),
                null, null, null));
        audit.record(member.asActor(), "organization.registered", "organization", organization.id(), null);
        return member;
    }

    /** A staff or admin account (no organisation), e.g. the bootstrap admin from configuration. */
    @Transactional
    public User createStaff(Registration.NewUser user, Role role) {
        InputCheck check = new InputCheck();
        String email = checkNewUser(check, user, "");
        check.that(role.isStaff(), "role", "unknown-code", "must be STAFF or ADMIN");
        check.throwIfInvalid();
        return users.save(new User(null, email, hasher.hash(user.password()), user.displayName().strip(), role, null, null, null, null));
    }

    /** A further member of an organisation, added by one of its members or by staff. */
    @Transactional
    public User addMember(Actor actor, Long organizationId, Registration.NewUser user) {
        if (actor == null || !actor.mayActFor(organizationId)) {
            throw new NotFound("Organisation " + organizationId);
        }
        InputCheck check = new InputCheck();
        String email = checkNewUser(check, user, "");
        check.throwIfInvalid();
        return users.save(new User(null, email, hasher.hash(user.password()), user.displayName().strip(), Role.MEMBER, organizationId,
                null, null, null));
    }

    /**
     * The person with this e-mail and password, if both are right. Refused for a while, whatever
     * the password, after too many failures for the account or from the address.
     */
    public Optional<Actor> signIn(String email, String password, String address) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || password == null || password.length() > MAX_PASSWORD || normalized.length() > 254) {
            return Optional.empty();
        }
        guard.checkAllowed(normalized, address);
        Optional<User> user = users.findByEmail(normalized);
        boolean matches = hasher.matches(password, user.map(User::passwordHash).orElse(hasher.decoy()));
        if (user.isPresent() && matches) {
            guard.succeeded(normalized);
            return Optional.of(user.get().asActor());
        }
        guard.failed(normalized, address);
        return Optional.empty();
    }

    public Optional<User> find(Long id) {
        return users.findById(id);
    }

    /** The account with this e-mail address (as typed: case and spaces do not matter). */
    public Optional<User> byEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : users.findByEmail(email.strip().toLowerCase(Locale.ROOT));
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

    private String checkNewUser(InputCheck check, Registration.NewUser user, String prefix) {
        String email = user.email() == null ? null : user.email().strip().toLowerCase(Locale.ROOT);
        check.required(prefix + "email", email).email(prefix + "email", email)
                .required(prefix + "password", user.password())
                .minLength(prefix + "password", user.password(), MIN_PASSWORD)
                .that(user.password() == null || user.password().length() <= MAX_PASSWORD, prefix + "password", "too-long",
                        "must be at most " + MAX_PASSWORD + " characters")
                .required(prefix + "displayName", user.displayName()).maxLength(prefix + "displayName", user.displayName(), 100);
        if (email != null && check.isValid() && users.existsByEmail(email)) {
            check.add(prefix + "email", "taken", "is already registered");
        }
        return email;
    }
}
