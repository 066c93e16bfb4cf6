package org.lectern.security;

/** The roles Lectern knows. Views name them in {@code @RolesAllowed}. */
public final class AppRoles {

    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String STUDENT = "STUDENT";

    private AppRoles() {
    }
}
