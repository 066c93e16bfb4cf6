package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.lectern.attempt.QuizItem;

/** How far the quiz has come, and a numbered button per question to move freely between them. */
class QuestionNav extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span count = new Span();
    private final List<NativeButton> numbers = new ArrayList<>();

    QuestionNav(int size, IntConsumer go) {
        addClassName("stu-quiz-nav");
        bar.setMin(0);
        bar.setMax(size);
        count.addClassName("stu-answered-count");
        var row = new Div();
        row.addClassName("stu-numbers");
        row.getElement().setAttribute("aria-label", "Questions");
        for (int i = 0; i < size; i++) {
            var position = i;
            var number = new NativeButton(String.valueOf(i + 1), click -> go.accept(position));
            number.addClassName("stu-number");
            numbers.add(number);
            row.add(number);
        }
        add(count, bar, row);
    }

    void show(List<QuizItem> items, int current) {
        var answered = items.stream().filter(QuizItem::answered).count();
        bar.setValue(answered);
        bar.getElement().setAttribute("aria-label", answered + " of " + items.size() + " answered");
        count.setText(answered + " of " + items.size() + " answered");
        for (int i = 0; i < numbers.size(); i++) {
            var number = numbers.get(i);
            number.setClassName("stu-number-answered", items.get(i).answered());
            number.setClassName("stu-number-current", i == current);
            number.getElement().setAttribute("aria-label", "Question " + (i + 1)
                    + (items.get(i).answered() ? ", answered" : ", not answered"));
            if (i == current) {
                number.getElement().setAttribute("aria-current", "step");
            } else {
                number.getElement().removeAttribute("aria-current");
            }
        }
    }
}
