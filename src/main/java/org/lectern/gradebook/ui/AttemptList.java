package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import org.lectern.attempt.AttemptRecord;
import org.lectern.attempt.LessonAttempts;
import org.lectern.base.ui.Dates;
import org.lectern.gradebook.Percent;

/** A student's attempts at a lesson, each a link to its review, the one shown marked and those that count named. */
class AttemptList extends UnorderedList {

    AttemptList(LessonAttempts lesson, long shownId, ZoneId zone) {
        addClassName("gb-attempts");
        for (var attempt : lesson.attempts()) {
            var text = "Attempt " + attempt.number() + " · " + result(attempt) + " · started "
                    + Dates.when(attempt.startedAt(), zone);
            var item = new ListItem();
            if (attempt.id() == shownId) {
                var current = new Span(text);
                current.getElement().setAttribute("aria-current", "page");
                current.addClassName("gb-attempt-shown");
                item.add(current);
            } else {
                item.add(new Anchor("instructor/gradebook/attempts/" + attempt.id(), text));
            }
            if (attempt.counts()) {
                var counts = new Span("counts");
                counts.addClassName("gb-counts");
                item.add(counts);
            }
            add(item);
        }
    }

    private static String result(AttemptRecord attempt) {
        return attempt.percent().isPresent()
                ? attempt.score().orElse(0) + "/" + attempt.maxScore() + " (" + Percent.of(attempt.percent()
                .getAsDouble()) + ")"
                : "in progress";
    }
}
