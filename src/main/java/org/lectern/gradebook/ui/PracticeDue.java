package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.List;
import org.lectern.attempt.PracticeItem;
import org.lectern.base.ui.Dates;

/** The practice schedule: how many questions are due now, a link to practise them, and what comes back when. */
class PracticeDue extends Div {

    /** A long schedule is summed up after this many; the practice page takes them one at a time anyway. */
    static final int SHOWN = 10;

    PracticeDue(int due, List<PracticeItem> schedule, Instant now) {
        addClassName("gb-practice");
        var summary = new Paragraph(due == 0 ? "Nothing to practise right now."
                : due == 1 ? "1 question is due for practice." : due + " questions are due for practice.");
        summary.addClassName("gb-practice-summary");
        add(summary);
        if (due > 0) {
            var go = new Anchor("student/practice", "Practise now");
            go.addClassNames("stu-button", "stu-button-primary");
            add(go);
        }
        if (schedule.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("gb-schedule");
        schedule.stream().limit(SHOWN).forEach(item -> {
            var when = new Span(item.dueAt().isAfter(now) ? "due " + Dates.relative(item.dueAt(), now) : "due now");
            when.addClassName("gb-due");
            var lesson = new Span(item.lessonTitle() + " · box " + item.box() + " of 3");
            lesson.addClassName("gb-muted");
            list.add(new ListItem(new Span(item.stem()), lesson, when));
        });
        add(list);
        if (schedule.size() > SHOWN) {
            add(new Paragraph("… and " + (schedule.size() - SHOWN) + " more on your schedule."));
        }
    }
}
