package org.lectern.classroom.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.lectern.classroom.NewStudent;
import org.lectern.classroom.SignUpRefused.Field;
import org.lectern.security.PasswordPolicy;

/** The fields of the sign-up page; each problem is shown under the field it belongs to. */
class SignUpForm extends Div {

    static final String PASSWORDS_DIFFER = "The two passwords are not the same. Type it again.";

    final JoinCodeField code = new JoinCodeField();
    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Your name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");

    SignUpForm() {
        addClassName("signup-fields");
        username.setHelperText("You sign in with it. Letters, digits, dots, dashes or underscores.");
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setAutocapitalize(Autocapitalize.NONE);
        username.setAutocorrect(false);
        displayName.setHelperText("As your instructor and classmates should see it.");
        displayName.setAutocomplete(Autocomplete.NAME);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters, not your user name, not a common password. A short sentence works well.");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (var field : List.of(username, displayName, password, repeat)) {
            field.setManualValidation(true);
            field.setWidthFull();
        }
        add(code, username, displayName, password, repeat);
    }

    NewStudent value() {
        return new NewStudent(code.getValue(), username.getValue(), displayName.getValue(), password.getValue());
    }

    /** Checked here, not in the service: the repeat only guards against a typo the student cannot see. */
    boolean passwordsMatch() {
        if (password.getValue().equals(repeat.getValue())) {
            return true;
        }
        refuse(repeat, PASSWORDS_DIFFER);
        return false;
    }

    void clearProblems() {
        for (var field : List.of(code, username, displayName, password, repeat)) {
            field.setErrorMessage(null);
            field.setInvalid(false);
        }
    }

    void show(Map<Field, String> problems) {
        problems.forEach((field, message) -> refuse(switch (field) {
            case JOIN_CODE -> code;
            case USERNAME -> username;
            case DISPLAY_NAME -> displayName;
            case PASSWORD -> password;
        }, message));
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
