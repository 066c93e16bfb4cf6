package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Without the demo profile no demo account is ever created (the demo journeys show the profile creating them). */
@Tag("postgresql")
@SpringBootTest
class DemoAccountsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;

    @Test
    void withoutTheDemoProfileThereIsNoDemoAccount() {
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
        assertThat(context.getBeanNamesForType(DemoAccounts.class)).isEmpty();
        assertThat(DemoAccounts.ACCOUNTS).allSatisfy(demo ->
                assertThat(accounts.findByUsername(demo.username())).as(demo.username()).isEmpty());
    }
}
