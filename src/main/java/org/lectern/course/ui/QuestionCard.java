package org.lectern.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;
import org.lectern.course.BankQuestion;
import org.lectern.course.QuestionStatus;

/**
 * One question in review: its status, the generator's quality and reasons, stem, options with the correct one marked,
 * and what can be done with it. A question written or edited by hand has no quality badge: the generator did not judge
 * it as it stands.
 */
class QuestionCard extends Div {

    private final BankQuestion question;

    record Actions(Consumer<BankQuestion> show, Consumer<BankQuestion> approve, Consumer<BankQuestion> edit,
                   Consumer<BankQuestion> regenerate, Consumer<BankQuestion> retire) {
    }

    QuestionCard(BankQuestion question, int number, Actions actions) {
        this.question = question;
        addClassNames("question-card", "status-" + question.status().name().toLowerCase(Locale.ROOT));
        var status = new Span(label(question.status()));
        status.addClassNames("badge", "badge-" + question.status().name().toLowerCase(Locale.ROOT));
        var kind = new Span(kindLabel(question.kind()));
        kind.addClassName("question-kind");
        var head = new Div(new Span("Q" + number), status);
        if (question.judged()) {
            head.add(qualityBadge(question.quality()));
        }
        head.add(kind);
        head.addClassName("question-head");

        var stem = new Paragraph(question.stem());
        stem.addClassName("question-stem");
        var options = new OrderedList();
        options.setType(OrderedList.NumberingType.UPPERCASE_LETTER);
        for (int i = 0; i < question.options().size(); i++) {
            var option = new ListItem(question.options().get(i));
            if (i == question.correctOption()) {
                option.addClassName("correct");
                option.getElement().setAttribute("aria-label", question.options().get(i) + " (correct)");
            }
            options.add(option);
        }
        var explanation = new Paragraph(question.explanation());
        explanation.addClassName("question-explanation");

        var bar = new Div();
        bar.addClassName("question-actions");
        bar.add(button("Show in text", () -> actions.show().accept(question)));
        if (question.status() == QuestionStatus.DRAFT) {
            var approve = button("Approve", () -> actions.approve().accept(question));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(approve);
        }
        bar.add(button("Edit", () -> actions.edit().accept(question)));
        bar.add(button("Regenerate", () -> actions.regenerate().accept(question)));
        if (question.status() != QuestionStatus.RETIRED) {
            var retire = button("Retire", () -> actions.retire().accept(question));
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(retire);
        }
        add(head, stem, options, explanation);
        if (!question.reasons().isEmpty()) {
            add(reasons(question));
        }
        add(bar);
    }

    /** The question this card shows. */
    BankQuestion question() {
        return question;
    }

    private static Span qualityBadge(int quality) {
        var badge = new Span("Quality " + quality);
        badge.addClassNames("quality-badge", "quality-" + tier(quality));
        return badge;
    }

    /** The generator's reasons on one line, always visible (no hovering, so phones show them too). */
    private static Paragraph reasons(BankQuestion question) {
        var line = new Paragraph("Why " + question.quality() + ": " + String.join(" · ", question.reasons()));
        line.addClassName("question-reasons");
        return line;
    }

    /** High, medium or low, for the badge's colour; the number itself is always written out. */
    static String tier(int quality) {
        return quality >= 70 ? "high" : quality >= 40 ? "medium" : "low";
    }

    private static Button button(String text, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static String label(QuestionStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case APPROVED -> "Approved";
            case RETIRED -> "Retired";
        };
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "GAP_FILL" -> "Fill the gap";
            case "WH_QUESTION" -> "Question";
            case "TRUE_STATEMENT" -> "True statement";
            case "ACRONYM" -> "Organisation";
            case "CHRONOLOGY" -> "Which came first";
            case "DEFINITION" -> "Definition";
            case "HAND_WRITTEN" -> "Written by hand";
            default -> kind;
        };
    }
}
