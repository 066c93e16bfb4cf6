package org.lectern.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test method, makes the test's own application context's security-context strategy the global one.
 * <p>
 * Vaadin installs its strategy globally when a context starts. When a later test class reuses a cached context
 * after another context has started, {@code @WithMockUser} would otherwise put the user into the newer context's
 * strategy while the views read the older one, and the test user would look signed out. Runs just before Spring
 * Security's {@code WithSecurityContextTestExecutionListener} (order 10000).
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 9_990;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
