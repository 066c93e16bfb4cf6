package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.security.domain.AccountRepository;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Signs in through the real form-login endpoint, the way the login page posts. */
@Tag("postgresql")
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfig.class)
class SignInLockoutTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    AccountRepository repository;

    private String username;

    @BeforeEach
    void createAccount() {
        // A fresh name per test: the throttle lives as long as the application context.
        username = "lock" + System.nanoTime();
        accounts.create(username, "Lock Tester", PASSWORD, Role.STUDENT);
    }

    @Test
    void rightPasswordSignsInAndWrongOneIsRefused() throws Exception {
        signIn(username, PASSWORD).andExpect(redirectedUrl("/"));
        var failure = signIn(username, "wrong password").andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(lastFailure(failure)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fiveWrongPasswordsLockTheNameForFiveMinutesEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 4; i++) {
            var failure = signIn(username, "wrong " + i).andExpect(redirectedUrl("/login?error")).andReturn();
            assertThat(lastFailure(failure)).isInstanceOf(BadCredentialsException.class);
        }
        var fifth = signIn(username, "wrong 5").andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(lastFailure(fifth)).isInstanceOf(LockedException.class)
                .hasMessage(ThrottledAuthenticationProvider.LOCKED_MESSAGE);

        clock.advance(Duration.ofMinutes(4));
        var stillLocked = signIn(username, PASSWORD).andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(lastFailure(stillLocked)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1));
        signIn(username, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownNameIsLockedTheSameWaySoTheMessageRevealsNothing() throws Exception {
        var ghost = "nobody" + System.nanoTime();
        MvcResult last = null;
        for (int i = 0; i < 5; i++) {
            last = signIn(ghost, "guess " + i).andExpect(redirectedUrl("/login?error")).andReturn();
        }
        assertThat(lastFailure(last)).isInstanceOf(LockedException.class)
                .hasMessage(ThrottledAuthenticationProvider.LOCKED_MESSAGE);
    }

    @Test
    void storesOnlyABcryptHashOfThePassword() {
        var hash = repository.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("$2a$").doesNotContain(PASSWORD);
    }

    private ResultActions signIn(String name, String password) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password)
                .session(new MockHttpSession()).with(csrf()));
    }

    private static Throwable lastFailure(MvcResult result) {
        return (Throwable) result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
