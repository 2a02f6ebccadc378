package org.rightstracker.web.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing on one account: after a few failures in a row, each further failure
 * locks the account for twice as long as the last, up to a quarter of an hour. A success resets it.
 */
final class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private SignInThrottle() {}

    static boolean isLocked(AppUser user, Instant now) {
        return user.lockedUntil != null && now.isBefore(user.lockedUntil);
    }

    /** Until when the account is locked once it has this many failures in a row; null while attempts are free. */
    static Instant lockAfter(int failuresInARow, Instant now) {
        int over = failuresInARow - FREE_ATTEMPTS;
        if (over < 0) {
            return null;
        }
        long seconds = Math.min(LONGEST_LOCK.toSeconds(), 1L << Math.min(over, 20));
        return now.plusSeconds(seconds);
    }
}
