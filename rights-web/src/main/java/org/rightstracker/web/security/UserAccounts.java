package org.rightstracker.web.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;

/** Users and their production teams: sign-in checks, creation, passwords, membership. */
@ApplicationScoped
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 10;

    /**
     * Compared against when the user does not exist, so an unknown name costs as much time as a wrong password.
     * Hashed at the first sign-in with an unknown name, not when the class loads: the class loads at start-up
     * (first-start check), where a bcrypt hash is about a tenth of a second of CPU before the first answer.
     */
    private static final class DecoyHash {
        static final String VALUE = BcryptUtil.bcryptHash("decoy password never used");
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The last sign-in is recorded to the minute: an API client signing every request in writes once a minute. */
    static final Duration LAST_SIGN_IN_PRECISION = Duration.ofMinutes(1);

    /** The outcome of a sign-in attempt: the user when it succeeded. */
    public record SignIn(Optional<AppUser> user, String reason) {}

    /** Checks a password; counts failures and refuses locked accounts even with the right password. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignIn signIn(String username, String password) {
        Instant now = Instant.now();
        Optional<AppUser> found = AppUser.findByUsername(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(password, DecoyHash.VALUE);
            return new SignIn(Optional.empty(), "unknown user");
        }
        AppUser user = found.get();
        if (!user.enabled) {
            return new SignIn(Optional.empty(), "account disabled");
        }
        if (SignInThrottle.isLocked(user, now)) {
            Instant until = recordFailure(user, now);
            return new SignIn(Optional.empty(), "too many failed attempts; locked until " + until);
        }
        if (!BcryptUtil.matches(password, user.passwordHash)) {
            recordFailure(user, now);
            return new SignIn(Optional.empty(), "wrong password");
        }
        recordSuccess(user, now);
        return new SignIn(Optional.of(user), "ok");
    }

    // Sign-in bookkeeping is no edit of the user: bulk updates, which neither check nor bump the version, so
    // parallel requests of one API client never fail each other and an administrator's edit never loses to them.

    private static Instant recordFailure(AppUser user, Instant now) {
        Instant until = SignInThrottle.lockAfter(user.failedLogins + 1, now);
        AppUser.update("failedLogins = failedLogins + 1, lockedUntil = ?1 where id = ?2", until, user.id);
        return until;
    }

    private static void recordSuccess(AppUser user, Instant now) {
        boolean clean = user.failedLogins == 0 && user.lockedUntil == null;
        boolean recent = user.lastLoginAt != null && user.lastLoginAt.isAfter(now.minus(LAST_SIGN_IN_PRECISION));
        if (!clean || !recent) {
            AppUser.update("failedLogins = 0, lockedUntil = null, lastLoginAt = ?1 where id = ?2", now, user.id);
        }
    }

    public List<AppUser> listAll() {
        return AppUser.listAll(Sort.by("username"));
    }

    public AppUser get(long id) {
        return AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("User", id));
    }

    @Transactional
    public AppUser create(String username, String displayName, Role role, String password, boolean mustChange) {
        Errors errors = new Errors();
        String name = errors.required(TextLimit.USER_USERNAME, username);
        if (name != null && !name.matches("[A-Za-z0-9._-]+")) {
            errors.add("username", "A user name uses letters, digits, dots, hyphens and underscores only.");
        }
        if (name != null && AppUser.findByUsername(name).isPresent()) {
            errors.add("username", "The user name " + name.toLowerCase() + " is taken.");
        }
        String display = errors.required(TextLimit.USER_DISPLAY_NAME, displayName);
        if (role == null) {
            errors.add("role", "Choose a role.");
        }
        checkPassword(errors, "password", password);
        errors.throwIfAny();
        AppUser user = new AppUser();
        user.username = name.toLowerCase();
        user.displayName = display;
        user.role = role;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.mustChangePassword = mustChange;
        user.persist();
        return user;
    }

    @Transactional
    public void changeOwnPassword(String username, String current, String next, String repeated) {
        AppUser user = AppUser.findByUsername(username).orElseThrow(() -> NotFoundException.of("User", username));
        Errors errors = new Errors();
        if (current == null || !BcryptUtil.matches(current, user.passwordHash)) {
            errors.add("current", "Your current password is not right.");
        }
        checkPassword(errors, "next", next);
        if (next != null && !next.equals(repeated)) {
            errors.add("repeated", "The two new passwords differ.");
        }
        errors.throwIfAny();
        user.passwordHash = BcryptUtil.bcryptHash(next);
        user.mustChangePassword = false;
    }

    /**
     * The user's own mail settings: the address the daily digest goes to (none: no e-mail) and whether
     * they want it e-mailed at all.
     */
    @Transactional
    public AppUser changeOwnMail(String username, long version, String email, boolean digestByEmail) {
        AppUser user = AppUser.findByUsername(username).orElseThrow(() -> NotFoundException.of("User", username));
        user.requireVersion(version, "Your account");
        Errors errors = new Errors();
        String address = errors.optional(TextLimit.USER_EMAIL, email);
        if (address != null && errors.isEmpty() && !EMAIL.matcher(address).matches()) {
            errors.add(
                    "email",
                    "E-mail \"" + (address.length() > 60 ? address.substring(0, 59) + "…" : address)
                            + "\" is not an e-mail address.");
        }
        errors.throwIfAny();
        user.email = address;
        user.digestByEmail = digestByEmail;
        return user;
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+");

    /** Sets a new random password that the user must change; returns it for the administrator to pass on. */
    @Transactional
    public String resetPassword(long userId, long version) {
        AppUser user = get(userId);
        user.requireVersion(version, "User " + user.username);
        String password = randomPassword();
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.mustChangePassword = true;
        user.failedLogins = 0;
        user.lockedUntil = null;
        return password;
    }

    @Transactional
    public void setEnabled(long userId, long version, boolean enabled, String actingUsername) {
        AppUser user = get(userId);
        user.requireVersion(version, "User " + user.username);
        if (!enabled && user.username.equals(actingUsername)) {
            throw new ConflictException("You cannot disable your own account.");
        }
        user.enabled = enabled;
    }

    /** Replaces a user's production teams with exactly {@code productionIds}. */
    @Transactional
    public void setMemberships(long userId, long version, Set<Long> productionIds) {
        AppUser user = get(userId);
        user.requireVersion(version, "User " + user.username);
        ProductionMember.delete("user", user);
        for (Long productionId : productionIds) {
            Production production = Production.findById(productionId);
            if (production == null) {
                throw new ValidationException("productions", "Production " + productionId + " does not exist.");
            }
            addMember(production, user);
        }
        // Membership lives in other rows: bump the user's version so concurrent edits still conflict.
        AppUser.getEntityManager().lock(user, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Transactional
    public void addMember(Production production, AppUser user) {
        if (ProductionMember.count("production = ?1 and user = ?2", production, user) == 0) {
            ProductionMember member = new ProductionMember();
            member.production = production;
            member.user = user;
            member.persist();
        }
    }

    public List<Long> membershipsOf(long userId) {
        return ProductionMember.<ProductionMember>find("userId", userId).stream()
                .map(m -> m.productionId)
                .toList();
    }

    public static String randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void checkPassword(Errors errors, String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(field, "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }
}
