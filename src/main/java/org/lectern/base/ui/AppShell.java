package org.lectern.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo as the component theme and Lectern's own stylesheet from {@code frontend/}, which the build
 * copies to the static resources. Plain CSS needs no Node.js build.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://lectern.css")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "theme-color", content = "#1f3a5f")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Lectern");
    }
}
