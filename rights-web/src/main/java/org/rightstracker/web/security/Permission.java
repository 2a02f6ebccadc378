package org.rightstracker.web.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actions of the product and which roles hold each. This is the only place that says what a role
 * may do: resources enforce it through {@link Permissions} (or {@link Requires}), and pages show a
 * button, link or form only when {@link Permissions} says its action is allowed. Administrators hold
 * every permission. Which productions a user reaches at all is team membership ({@link
 * ProductionAccess}), not a permission.
 */
public enum Permission {
    /** Reach every production without being on its team. */
    SEE_EVERY_PRODUCTION("see every production"),
    CREATE_PRODUCTION("create productions", Role.SUPERVISOR),
    /** A production's details, cues, licence workflow, terms, options and documents. */
    EDIT_PRODUCTION("change a production's cues, licences and documents", Role.SUPERVISOR),
    /** Works, recordings and parties, shared by every production. */
    EDIT_CATALOGUE("change works, recordings and parties", Role.SUPERVISOR),
    IMPORT("import CWR files and cue lists", Role.SUPERVISOR),
    /** Merge a duplicate party, work or recording into another, moving everything that refers to it. */
    MERGE_CATALOGUE("merge duplicate works, recordings and parties"),
    ISSUE_CUE_SHEET("issue cue-sheet revisions", Role.SUPERVISOR),
    SIGN_OFF("sign off a production's clearance checklist", Role.PRODUCER),
    MANAGE_USERS("manage users and teams"),
    MANAGE_BACKUP("download and restore backups"),
    /** The Prometheus metrics at /q/metrics (a scraper may also use the RIGHTS_METRICS_TOKEN bearer token). */
    READ_METRICS("read the operational metrics"),
    /** The text of the request letters, deal memos and licence drafts every production sends. */
    MANAGE_LETTERS("change the letter templates"),
    /** The mechanical rates soundtrack albums are priced with (shared by every production). */
    MANAGE_RATES("change the mechanical rates");

    private final String label;
    private final Set<Role> roles;

    Permission(String label, Role... roles) {
        this.label = label;
        this.roles = EnumSet.of(Role.ADMIN, roles);
    }

    /** What the permission allows, in words that complete "may ...". */
    public String label() {
        return label;
    }

    public boolean grantedTo(Role role) {
        return role != null && roles.contains(role);
    }
}
