package org.rightstracker.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one table of who may do what, pinned: a change to it is a deliberate change to this test. */
class PermissionTest {

    @Test
    void eachRoleHoldsExactlyItsPermissions() {
        assertThat(held(Role.ADMIN)).isEqualTo(EnumSet.allOf(Permission.class));
        assertThat(held(Role.SUPERVISOR))
                .containsExactlyInAnyOrder(
                        Permission.CREATE_PRODUCTION,
                        Permission.EDIT_PRODUCTION,
                        Permission.EDIT_CATALOGUE,
                        Permission.IMPORT,
                        Permission.ISSUE_CUE_SHEET);
        assertThat(held(Role.PRODUCER)).containsExactly(Permission.SIGN_OFF);
        assertThat(held(Role.VIEWER)).isEmpty();
    }

    @Test
    void noRoleHoldsAnythingWithoutARole() {
        assertThat(Arrays.stream(Permission.values()).filter(p -> p.grantedTo(null)))
                .isEmpty();
    }

    @Test
    void aRefusalNamesThePermissionAndTheRole() {
        PermissionDenied denied = new PermissionDenied(Permission.SIGN_OFF, Role.VIEWER);
        assertThat(denied.getMessage())
                .isEqualTo("This needs the permission to sign off a production's clearance checklist,"
                        + " which the role Viewer does not include.");
        assertThat(denied.permission()).isEqualTo(Permission.SIGN_OFF);
    }

    private static Set<Permission> held(Role role) {
        return Arrays.stream(Permission.values()).filter(p -> p.grantedTo(role)).collect(Collectors.toSet());
    }
}
