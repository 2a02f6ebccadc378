package org.rightstracker.web.security;

import io.quarkus.security.ForbiddenException;

/** A 403 that names the permission the user's role lacks, so the error page can say what is missing. */
public class PermissionDenied extends ForbiddenException {

    private final transient Permission permission;

    public PermissionDenied(Permission permission, Role role) {
        super("This needs the permission to " + permission.label() + ", which "
                + (role == null ? "your account does not have" : "the role " + role.label() + " does not include")
                + ".");
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
