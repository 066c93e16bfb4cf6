package org.lectern.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security through Vaadin's configurer: every view needs an access annotation, {@code /login} is the sign-in
 * page, and a sign-in always gets a new session id (Spring's default session-fixation protection, stated here so
 * that nobody turns it off by accident). Method security covers {@code @PreAuthorize} on services only: JSR-250
 * annotations stay off there because Vaadin reads {@code @RolesAllowed} on views itself, and Spring proxying a view
 * class would break it.
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Lectern's own stylesheet and images are public, so the sign-in page is styled before anyone signs in.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/lectern.css", "/images/**").permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
                .build();
    }
}
