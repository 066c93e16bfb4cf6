package org.lectern.security.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.util.ArrayList;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from inside a view, for the one moment they proved who they are without the sign-in form: right
 * after they chose their password while signing up.
 * <p>
 * It does what a form sign-in does. The session gets a new id first, so that an id planted before the sign-in (session
 * fixation) is worthless afterwards; {@link VaadinService#reinitializeSession} does that while keeping the open Vaadin
 * session, which a plain {@code changeSessionId()} would also keep but which Vaadin's own helper is made for. Then
 * the security context is set for this request and saved in the new session for the following ones.
 */
@Component
public class SessionSignIn {

    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionSignIn(UserDetailsService users) {
        this.users = users;
    }

    /** Must run in a Vaadin request, e.g. a click listener, and only for a person who just proved who they are. */
    public void signIn(String username) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            throw new IllegalStateException("Signing in from a view needs the current Vaadin request.");
        }
        var user = users.loadUserByUsername(username);
        if (user instanceof CredentialsContainer container) {
            container.eraseCredentials(); // as a form sign-in does: no password hash in the session
        }
        // Spring Security 7 marks a password sign-in with a factor authority; the person did just give theirs.
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);

        VaadinService.reinitializeSession(request);

        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        var response = VaadinServletResponse.getCurrent();
        contexts.saveContext(context, request.getHttpServletRequest(),
                response == null ? null : response.getHttpServletResponse());
    }
}
