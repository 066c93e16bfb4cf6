/** The sign-in page and the wiring of Spring Security into Vaadin. */
package org.lectern.security.ui;
