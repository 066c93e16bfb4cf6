package org.lectern.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.lectern.security.CurrentUser;
import org.lectern.security.Role;

/**
 * The frame around every signed-in page: a header with the product name, the signed-in user and sign-out, and a
 * navigation drawer. The drawer lists only the views the user's role may open, because Vaadin's menu configuration
 * leaves out the views whose access check fails.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        setPrimarySection(Section.NAVBAR);
        addClassName("main-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var brand = new Span("Lectern");
        brand.addClassName("brand");

        var user = currentUser.get();
        var who = new Div();
        who.addClassName("who");
        user.ifPresent(u -> {
            var name = new Span(u.displayName());
            name.addClassName("who-name");
            var role = new Span(u.role() == Role.INSTRUCTOR ? "Instructor" : "Student");
            role.addClassName("who-role");
            who.add(name, role);
        });
        var signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");

        var header = new Div(toggle, brand, spacer(), who, signOut);
        header.addClassName("app-header");
        addToNavbar(header);

        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", "Main");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        addToDrawer(new Scroller(nav));
    }

    private static Component spacer() {
        var spacer = new Div();
        spacer.addClassName("spacer");
        return spacer;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // On a phone the drawer covers the page; close it once the user has picked a destination.
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }
}
