package org.rightstracker.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.rightstracker.core.shared.BaseEntity;

/** A person who signs in. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    @Column(nullable = false, length = 60, unique = true)
    public String username;

    @Column(nullable = false, length = 200)
    public String displayName;

    @Column(nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Role role;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Set when an administrator created or reset the password: the user should choose their own. */
    @Column(nullable = false)
    public boolean mustChangePassword;

    /** Failed sign-ins in a row; slows further attempts on this account down. */
    @Column(nullable = false)
    public int failedLogins;

    public Instant lockedUntil;

    public Instant lastLoginAt;

    /** The secret part of the user's calendar feed address; null while the feed is off. */
    @Column(length = 64, unique = true)
    public String calendarToken;

    /** Where mail for this person goes (the daily digest, replies to their letters); none is fine. */
    @Column(length = 200)
    public String email;

    /** Whether the daily digest is e-mailed to {@link #email}; the person can opt out on their account page. */
    @Column(nullable = false)
    public boolean digestByEmail = true;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username == null ? "" : username.strip().toLowerCase())
                .firstResultOptional();
    }
}
