package org.lectern.security;

/** The role an account has; each account has exactly one. */
public enum Role {
    INSTRUCTOR, STUDENT;

    /** The Spring Security authority, as {@code hasRole} and {@code @RolesAllowed} expect it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
