package org.lectern.classroom.ui;

import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import org.lectern.classroom.JoinCodes;

/**
 * The field a student types a class code into. It shows capitals as they type (the stylesheet) and asks phones for a
 * capitals keyboard; once they leave the field it drops the spaces and dashes they may have copied, so the code reads
 * exactly as their instructor's screen shows it.
 */
class JoinCodeField extends TextField {

    JoinCodeField() {
        super("Class code");
        addClassName("signup-code");
        setHelperText("8 letters and digits, from your instructor");
        setPlaceholder("e.g. HXT4K9WQ");
        setAutocapitalize(Autocapitalize.CHARACTERS);
        setAutocomplete(Autocomplete.OFF);
        setAutocorrect(false);
        getElement().setAttribute("spellcheck", "false");
        setMaxLength(16);
        setManualValidation(true);
        setWidthFull();
        addValueChangeListener(change -> {
            var tidy = JoinCodes.normalise(change.getValue());
            if (!tidy.equals(change.getValue())) {
                setValue(tidy);
            }
        });
    }
}
