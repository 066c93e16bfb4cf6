/**
 * The sign-in page, the wiring of Spring Security into Vaadin, and {@link org.lectern.security.ui.SessionSignIn}
 * for views that sign a person in themselves (the student sign-up).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.lectern.security.ui;
