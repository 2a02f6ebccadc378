package org.rightstracker.web.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.web.security.AppUser;

/**
 * The secret addresses of users' calendar feeds. A token is 32 random bytes (base64url, 43 characters):
 * the address is the only credential a calendar app can send, so it must not be guessable. Issuing a new
 * one replaces the old, which stops working at once; turning the feed off forgets it.
 */
@ApplicationScoped
public class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Creates the user's feed address, or replaces it: the old address no longer answers. */
    @Transactional
    public String issue(long userId, long version) {
        AppUser user = user(userId, version);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        user.calendarToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return user.calendarToken;
    }

    /** Turns the user's feed off: the address no longer answers. */
    @Transactional
    public void turnOff(long userId, long version) {
        user(userId, version).calendarToken = null;
    }

    /** The enabled user whose feed this token opens; empty for an unknown, revoked or malformed token. */
    @Transactional
    public Optional<AppUser> holder(String token) {
        if (token == null || token.length() != 43 || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return AppUser.<AppUser>find("calendarToken", token)
                .firstResultOptional()
                .filter(u -> u.enabled);
    }

    private static AppUser user(long userId, long version) {
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw NotFoundException.of("User", userId);
        }
        user.requireVersion(version, "Your account");
        return user;
    }
}
