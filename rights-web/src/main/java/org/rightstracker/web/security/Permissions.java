package org.rightstracker.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * What the signed-in user may do in this request, from {@link Permission}. Resources call {@link
 * #require} (a refusal is a 403 naming the missing permission); templates read the {@code can...}
 * flags as {@code inject:permissions.canSignOff}, so a page never offers what the server would refuse.
 */
@Named("permissions")
@RequestScoped
public class Permissions {

    @Inject
    CurrentUser user;

    public boolean may(Permission permission) {
        return permission.grantedTo(user.role());
    }

    /** @throws PermissionDenied (403) unless the user's role holds the permission */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new PermissionDenied(permission, user.role());
        }
    }

    /** Every permission the user holds, for the API's "who am I". */
    public List<Permission> granted() {
        return Arrays.stream(Permission.values()).filter(this::may).toList();
    }

    public boolean canCreateProductions() {
        return may(Permission.CREATE_PRODUCTION);
    }

    public boolean canEditProductions() {
        return may(Permission.EDIT_PRODUCTION);
    }

    public boolean canEditCatalogue() {
        return may(Permission.EDIT_CATALOGUE);
    }

    public boolean canMergeCatalogue() {
        return may(Permission.MERGE_CATALOGUE);
    }

    public boolean canImport() {
        return may(Permission.IMPORT);
    }

    public boolean canIssueCueSheets() {
        return may(Permission.ISSUE_CUE_SHEET);
    }

    public boolean canSignOff() {
        return may(Permission.SIGN_OFF);
    }

    public boolean canManageUsers() {
        return may(Permission.MANAGE_USERS);
    }

    public boolean canManageBackup() {
        return may(Permission.MANAGE_BACKUP);
    }

    public boolean canManageLetters() {
        return may(Permission.MANAGE_LETTERS);
    }

    public boolean canManageRates() {
        return may(Permission.MANAGE_RATES);
    }
}
