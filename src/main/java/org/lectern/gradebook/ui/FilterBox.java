package org.lectern.gradebook.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.OptionalLong;
import org.lectern.gradebook.FilterChoice;

/** A gradebook filter: a class or a course to narrow to, or none (the placeholder says "All ..."). */
class FilterBox extends ComboBox<FilterChoice> {

    FilterBox(String label, String placeholder) {
        super(label);
        setItemLabelGenerator(FilterChoice::label);
        setPlaceholder(placeholder);
        setClearButtonVisible(true);
        addClassName("gb-filter");
    }

    /** Refills the choices, keeping what was chosen if it is still there. */
    void choices(List<FilterChoice> choices) {
        var chosen = chosenId();
        setItems(choices);
        choices.stream().filter(c -> chosen.isPresent() && c.id() == chosen.getAsLong()).findFirst()
                .ifPresentOrElse(this::setValue, this::clear);
    }

    OptionalLong chosenId() {
        return getValue() == null ? OptionalLong.empty() : OptionalLong.of(getValue().id());
    }
}
