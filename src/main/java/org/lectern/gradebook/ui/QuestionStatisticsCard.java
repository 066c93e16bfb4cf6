package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.lectern.gradebook.StatisticsReport;
import org.lectern.gradebook.statistics.QuestionFlag;
import org.lectern.gradebook.statistics.QuestionStatistics;
import org.lectern.gradebook.statistics.StatFormat;

/** One question's statistics: its figures, its flags with a link to the question bank, and each option's count. */
class QuestionStatisticsCard extends Div {

    QuestionStatisticsCard(int number, StatisticsReport.Question question, QuestionStatistics figures, long lessonId) {
        addClassNames("gb-question", figures.isFlagged() ? "gb-question-flagged" : "gb-question-ok");
        add(new H3(number + ". " + question.stem()));
        var numbers = new Div(
                ItemStatisticsView.figure("Facility", StatFormat.percent(figures.facility())),
                ItemStatisticsView.figure("Standard deviation", StatFormat.percent(figures.standardDeviation())),
                ItemStatisticsView.figure("Discrimination index", StatFormat.percent(figures.discriminationIndex())),
                ItemStatisticsView.figure("Discriminative efficiency",
                        StatFormat.percent(figures.discriminativeEfficiency())),
                ItemStatisticsView.figure("Effective weight", StatFormat.percent(figures.effectiveWeight())));
        numbers.addClassName("gb-stats-figures");
        add(numbers);
        if (figures.isFlagged()) {
            var flags = new UnorderedList();
            flags.addClassName("gb-flags");
            figures.flags().stream().sorted().map(QuestionFlag::explanation).forEach(text -> flags.add(new ListItem(text)));
            var review = new Anchor("instructor/lessons/" + lessonId, "Review it in the question bank");
            review.addClassName("gb-review-link");
            add(flags, review);
        }
        var options = new UnorderedList();
        options.addClassName("gb-options");
        for (int i = 0; i < question.options().size(); i++) {
            var count = i < figures.optionCounts().size() ? figures.optionCounts().get(i) : 0;
            var text = new Span(question.options().get(i) + (i == question.correctOption() ? " ✓" : ""));
            var chosen = new Span(count + " chose it");
            chosen.addClassName("gb-option-count");
            var item = new ListItem(text, chosen);
            if (i == question.correctOption()) {
                item.addClassName("gb-option-correct");
            }
            options.add(item);
        }
        var unanswered = new Paragraph(figures.noAnswer() + " left it unanswered · " + figures.attempts()
                + " attempts");
        unanswered.addClassName("gb-option-count");
        add(options, unanswered);
    }
}
