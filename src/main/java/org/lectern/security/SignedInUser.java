package org.lectern.security;

/**
 * The person signed in to this request.
 *
 * @param accountId   the account's id, by which other modules refer to people
 * @param username    the sign-in name
 * @param displayName the name shown in the header
 * @param role        instructor or student
 */
public record SignedInUser(long accountId, String username, String displayName, Role role) {
}
