package org.rightstracker.web.security;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test access to what the sign-in code keeps about an account. */
final class UserAccountsFacts {

    static final int FREE_ATTEMPTS = SignInThrottle.FREE_ATTEMPTS;

    private UserAccountsFacts() {}

    /** A fresh copy, read in its own transaction so nothing cached earlier in the test is returned. */
    static AppUser reload(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername(username).orElseThrow());
    }
}
