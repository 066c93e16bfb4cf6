/**
 * Who may use Lectern: accounts of instructors and students, sign-in with bcrypt hashes and a lock-out after repeated
 * failures, the demo accounts and the first instructor. Offers {@link org.lectern.security.AppRoles},
 * {@link org.lectern.security.CurrentUser}, {@link org.lectern.security.Accounts}, the
 * {@link org.lectern.security.PasswordPolicy} for passwords people choose, and the
 * {@link org.lectern.security.FailureThrottle} behind every lock-out (made by
 * {@link org.lectern.security.Throttles}, kept in the database so that every node sees it) to the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.lectern.security;
