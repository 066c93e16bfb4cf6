package org.lectern.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.lectern.classroom.RosterEntry;

/** A class's students, each with a button to take them off the roster. */
class RosterList extends Div {

    private final H3 heading = new H3();
    private final Grid<RosterEntry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No students yet. Students join with the code above.");

    RosterList(Consumer<RosterEntry> onRemove) {
        addClassName("cls-roster");
        grid.addComponentColumn(RosterList::who).setHeader("Student").setFlexGrow(1);
        grid.addComponentColumn(entry -> {
            var remove = new Button("Remove", click -> onRemove.accept(entry));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove " + entry.displayName());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        empty.addClassName("cls-muted");
        add(heading, empty, grid);
    }

    void show(List<RosterEntry> students) {
        heading.setText(students.size() == 1 ? "1 student" : students.size() + " students");
        grid.setItems(students);
        grid.setVisible(!students.isEmpty());
        empty.setVisible(students.isEmpty());
    }

    private static Component who(RosterEntry entry) {
        var name = new Span(entry.displayName());
        name.addClassName("cls-name");
        var username = new Span(entry.username());
        username.addClassName("cls-muted");
        var cell = new Div(name, username);
        cell.addClassName("cls-cell");
        return cell;
    }
}
