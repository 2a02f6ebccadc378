package org.rightstracker.web.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.rightstracker.web.metrics.SqlStatementCounter;

/**
 * The user behind a signed-in session, read again on every request so that a disabled user or a changed
 * role takes effect at once, on every instance sharing the database. One plain statement on a pooled
 * connection, without a transaction or a Hibernate session: those cost four times the query itself, and
 * every page and API call pays this lookup.
 */
@ApplicationScoped
public class SessionUsers {

    /** What an identity needs of an enabled user. */
    public record SessionUser(long id, String username, Role role, String displayName) {}

    private static final String ACTIVE =
            "select id, username, role, display_name from app_user where username = ? and enabled = true";

    @Inject
    AgroalDataSource dataSource;

    /** The enabled user of that name (compared as {@link AppUser#findByUsername} does), if there is one. */
    public Optional<SessionUser> active(String username) {
        SqlStatementCounter.countOne();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(ACTIVE)) {
            select.setString(1, username == null ? "" : username.strip().toLowerCase());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SessionUser(
                        row.getLong(1), row.getString(2), Role.valueOf(row.getString(3)), row.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the signed-in user " + username, e);
        }
    }
}
