package org.lectern.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a password only when the user name is not locked, and counts the failures.
 * <p>
 * The delegate hides unknown user names behind a bad-credentials error, and the lock applies to any name, so neither
 * the error nor the lock reveals whether an account exists.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Shown for a locked name, existing or not. */
    public static final String LOCKED_MESSAGE =
            "Too many failed sign-ins for this user name. Wait 5 minutes and try again.";

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var name = authentication.getName();
        if (throttle.isLocked(name)) {
            throw new LockedException(LOCKED_MESSAGE);
        }
        try {
            var result = delegate.authenticate(authentication);
            throttle.recordSuccess(name);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(name);
            if (throttle.isLocked(name)) {
                throw new LockedException(LOCKED_MESSAGE, e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
