package org.lectern.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.lectern.course.BankQuestion;
import org.lectern.course.QuestionBank.SentenceChoice;
import org.lectern.course.QuestionEdit;

/**
 * Edits a question, or writes a new one on a chosen sentence. Saving shows the lint's findings as warnings; the
 * dialog stays open on them so the instructor can fix or accept them.
 */
class QuestionEditor extends Dialog {

    static final String[] LETTERS = {"A", "B", "C", "D"};

    final TextArea stem = new TextArea("Question");
    final List<TextField> options = new ArrayList<>();
    final RadioButtonGroup<Integer> correct = new RadioButtonGroup<>("Correct option");
    final TextArea explanation = new TextArea("Explanation");
    final ComboBox<SentenceChoice> sentence = new ComboBox<>("Source sentence");
    final Div feedback = new Div();
    final Button save = new Button("Save");

    /** @param onSave saves the edit and returns the lint's warnings; throws IllegalArgumentException to refuse it */
    QuestionEditor(String title, BankQuestion existing, List<SentenceChoice> sentences,
                   Function<QuestionEdit, List<String>> onSave, Runnable onSaved) {
        setHeaderTitle(title);
        addClassName("question-editor");
        stem.setWidthFull();
        stem.setRequired(true);
        for (int i = 0; i < 4; i++) {
            var field = new TextField("Option " + LETTERS[i]);
            field.setWidthFull();
            field.setRequired(true);
            options.add(field);
        }
        correct.setItems(0, 1, 2, 3);
        correct.setItemLabelGenerator(i -> LETTERS[i]);
        explanation.setWidthFull();
        var form = new Div(stem);
        if (existing == null) {
            sentence.setItems(sentences);
            sentence.setItemLabelGenerator(SentenceChoice::text);
            sentence.setWidthFull();
            sentence.setRequired(true);
            form.add(sentence);
        } else {
            stem.setValue(existing.stem());
            IntStream.range(0, 4).forEach(i -> options.get(i).setValue(existing.options().get(i)));
            correct.setValue(existing.correctOption());
            explanation.setValue(existing.explanation());
        }
        options.forEach(form::add);
        form.add(correct, explanation, feedback);
        form.addClassName("editor-form");
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(existing, onSave, onSaved));
        getFooter().add(new Button("Close", click -> close()), save);
    }

    private void save(BankQuestion existing, Function<QuestionEdit, List<String>> onSave, Runnable onSaved) {
        feedback.removeAll();
        var chosen = sentence.getValue();
        if (existing == null && chosen == null) {
            sentence.setInvalid(true);
            sentence.setErrorMessage("Choose the sentence the question is about.");
            return;
        }
        var edit = new QuestionEdit(stem.getValue(), options.stream().map(TextField::getValue).toList(),
                correct.getValue() == null ? -1 : correct.getValue(), explanation.getValue(),
                chosen == null ? existing.paragraph() : chosen.paragraph(),
                chosen == null ? existing.start() : chosen.start());
        try {
            var warnings = onSave.apply(edit);
            onSaved.run();
            if (warnings.isEmpty()) {
                close();
                return;
            }
            var list = new UnorderedList();
            warnings.forEach(w -> list.add(new ListItem(w)));
            var note = new Paragraph("Saved. The question check found " + warnings.size()
                    + (warnings.size() == 1 ? " thing" : " things") + " to look at:");
            feedback.add(note, list);
            feedback.setClassName("lint-warnings");
        } catch (IllegalArgumentException e) {
            var error = new Paragraph(e.getMessage());
            feedback.add(error);
            feedback.setClassName("form-error");
        }
    }
}
