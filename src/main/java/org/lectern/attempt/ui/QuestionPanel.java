package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.lectern.attempt.QuizItem;

/**
 * One question: its stem and its options as a radio group, which works with the keyboard alone (Tab to the group,
 * arrow keys to choose). With feedback present the answer is final and the feedback shows below.
 */
class QuestionPanel extends Div {

    /** The stem as the heading the options are labelled by. */
    static H2 stem(String text) {
        var stem = new H2(text);
        stem.setId("question-stem");
        stem.addClassName("stu-stem");
        return stem;
    }

    /** The options as a vertical radio group whose value is the option's index as shown. */
    static RadioButtonGroup<Integer> options(List<String> texts) {
        var options = new RadioButtonGroup<Integer>();
        options.addClassName("stu-options");
        options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        options.setItems(IntStream.range(0, texts.size()).boxed().toList());
        options.setItemLabelGenerator(texts::get);
        options.getElement().setAttribute("aria-labelledby", "question-stem");
        return options;
    }

    /** An option once the answer is known: the right one and a wrong choice are marked in words, not only colour. */
    private static Span marked(QuizItem item, int option, int correct) {
        var label = new Span(item.options().get(option));
        if (option == correct) {
            label.add(new Span(" ✓ right answer"));
            label.addClassName("stu-option-right");
        } else if (item.chosen().isPresent() && item.chosen().getAsInt() == option) {
            label.add(new Span(" ✗ your answer"));
            label.addClassName("stu-option-wrong");
        }
        return label;
    }

    QuestionPanel(QuizItem item, int size, String lessonLink, IntConsumer chosen) {
        addClassName("stu-question-panel");
        var number = new Span("Question " + (item.position() + 1) + " of " + size);
        number.addClassName("stu-question-number");
        var stem = stem(item.stem());
        var options = options(item.options());
        // A stable id for the load benchmark (src/load), which finds the group in the server's changes.
        options.setId("quiz-options");
        item.chosen().ifPresent(options::setValue);
        add(number, stem, options);
        if (item.feedback().isPresent()) {
            var feedback = item.feedback().get();
            options.setRenderer(new ComponentRenderer<>(option -> marked(item, option, feedback.correctOption())));
            options.setReadOnly(true);
            add(new FeedbackPanel(feedback.correct(), item.options(), feedback.correctOption(),
                    feedback.explanation(), feedback.sourceSentence(), lessonLink));
        } else {
            options.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    chosen.accept(change.getValue());
                }
            });
        }
    }
}
