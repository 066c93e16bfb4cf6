package org.lectern.support;

import org.lectern.base.ui.SlowWork;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a view test to run the pages' slow work on {@link HeldWork} instead of the real pool. */
@TestConfiguration(proxyBeanMethods = false)
public class HeldWorkConfig {

    @Bean
    public HeldWork heldWork() {
        return new HeldWork();
    }

    @Bean
    @Primary
    public SlowWork heldSlowWork(HeldWork held) {
        return new SlowWork(held);
    }
}
