package org.rightstracker.web.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rightstracker.core.demo.DemoData;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.security.UserAccounts;

/**
 * What an empty database gets on first start: an administrator (password from configuration, or a
 * random one printed once), and with demo data on, the demo productions and one user per role.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class);

    /** The demo users: user name = password, documented in the README. */
    static final String[][] DEMO_USERS = {
        {"supervisor", "Sam Supervisor", "SUPERVISOR"},
        {"producer", "Pat Producer", "PRODUCER"},
        {"viewer", "Val Viewer", "VIEWER"}
    };

    @ConfigProperty(name = "rights.demo-data")
    boolean demoData;

    @ConfigProperty(name = "rights.admin.password")
    Optional<String> adminPassword;

    @Inject
    DemoData demo;

    @Inject
    UserAccounts accounts;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (AppUser.count() == 0) {
            createAdmin();
        }
        if (demoData && demo.loadIfEmpty()) {
            createDemoUsers();
        }
    }

    private void createAdmin() {
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = UserAccounts.randomPassword();
        }
        accounts.create("admin", "Administrator", Role.ADMIN, password, generated);
        if (generated) {
            LOG.warnf(
                    "Created the user 'admin' with the password %s — it is shown only this once. Sign in and"
                            + " change it, or set RIGHTS_ADMIN_PASSWORD before the first start.",
                    password);
        } else {
            LOG.info("Created the user 'admin' with the password from rights.admin.password.");
        }
    }

    private void createDemoUsers() {
        for (String[] demoUser : DEMO_USERS) {
            if (AppUser.findByUsername(demoUser[0]).isPresent()) {
                continue;
            }
            // Demo passwords are the user names, padded to the minimum length the product enforces.
            AppUser user = accounts.create(
                    demoUser[0], demoUser[1], Role.valueOf(demoUser[2]), demoPassword(demoUser[0]), false);
            Production.<Production>listAll().forEach(p -> accounts.addMember(p, user));
        }
        LOG.info("Created the demo users supervisor, producer and viewer (password: the user name + '-demo1').");
    }

    static String demoPassword(String username) {
        return username + "-demo1";
    }
}
