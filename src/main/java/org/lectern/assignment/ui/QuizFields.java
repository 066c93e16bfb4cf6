package org.lectern.assignment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.lectern.assignment.AssignmentChecks;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.course.LessonSummary;

/** How the quiz of each assigned lesson runs: attempts, time, feedback, shuffling, subset and reading first. */
class QuizFields extends Div {

    static final String ALL = "All questions";
    static final String SUBSET = "A random subset";

    final Checkbox unlimitedAttempts = new Checkbox("Unlimited attempts");
    final IntegerField attempts = new IntegerField("Attempts allowed");
    final RadioButtonGroup<CountedAttempt> counted = new RadioButtonGroup<>("Attempt that counts");
    final Checkbox timed = new Checkbox("Time limit");
    final IntegerField minutes = new IntegerField("Minutes per attempt");
    final RadioButtonGroup<FeedbackTiming> feedback = new RadioButtonGroup<>("Show right answers");
    final Checkbox shuffleQuestions = new Checkbox("Shuffle the questions");
    final Checkbox shuffleOptions = new Checkbox("Shuffle the answer options");
    final RadioButtonGroup<String> questions = new RadioButtonGroup<>("Questions per attempt");
    final IntegerField subsetSize = new IntegerField("How many questions");
    final Checkbox readFirst = new Checkbox("The quiz opens once the lesson has been read");

    QuizFields() {
        counted.setItems(CountedAttempt.values());
        counted.setItemLabelGenerator(Labels::counted);
        feedback.setItems(FeedbackTiming.values());
        feedback.setItemLabelGenerator(Labels::feedback);
        questions.setItems(ALL, SUBSET);
        for (var field : List.of(attempts, minutes, subsetSize)) {
            field.setManualValidation(true);
            field.setStepButtonsVisible(true);
        }
        unlimitedAttempts.addValueChangeListener(change -> attempts.setEnabled(!change.getValue()));
        timed.addValueChangeListener(change -> minutes.setEnabled(change.getValue()));
        questions.addValueChangeListener(change -> subsetSize.setEnabled(SUBSET.equals(change.getValue())));
        add(attempts, unlimitedAttempts, counted, timed, minutes, feedback, shuffleQuestions, shuffleOptions,
                questions, subsetSize, readFirst);
    }

    void show(AssignmentRules rules) {
        unlimitedAttempts.setValue(rules.attemptsAllowed().isEmpty());
        attempts.setValue(rules.attemptsAllowed().orElse(1));
        attempts.setEnabled(rules.attemptsAllowed().isPresent());
        counted.setValue(rules.countedAttempt());
        timed.setValue(rules.timeLimitMinutes().isPresent());
        minutes.setValue(rules.timeLimitMinutes().isPresent() ? rules.timeLimitMinutes().getAsInt() : null);
        minutes.setEnabled(timed.getValue());
        feedback.setValue(rules.feedback());
        shuffleQuestions.setValue(rules.shuffleQuestions());
        shuffleOptions.setValue(rules.shuffleOptions());
        questions.setValue(rules.questionsPerAttempt().isPresent() ? SUBSET : ALL);
        subsetSize.setValue(rules.questionsPerAttempt().isPresent() ? rules.questionsPerAttempt().getAsInt() : null);
        subsetSize.setEnabled(rules.questionsPerAttempt().isPresent());
        readFirst.setValue(rules.requiresReading());
    }

    /** The quiz settings on top of the schedule, or empty with each reason under its field. */
    Optional<AssignmentRules> read(ScheduleFields.Schedule schedule, List<LessonSummary> lessons) {
        List.of(attempts, minutes, subsetSize).forEach(f -> f.setInvalid(false));
        var attemptCount = unlimitedAttempts.getValue() ? OptionalInt.empty()
                : positive(attempts, "Enter how many attempts, or tick unlimited.", "Allow at least one attempt.");
        var limit = !timed.getValue() ? OptionalInt.empty()
                : positive(minutes, "Enter the minutes, or untick the time limit.",
                        "A time limit must be at least 1 minute.");
        var subset = ALL.equals(questions.getValue()) ? OptionalInt.empty()
                : positive(subsetSize, "Enter how many questions, or choose all.",
                        "Ask at least 1 question per attempt.");
        if (subset.isPresent()) {
            lessons.stream().filter(l -> l.approvedQuestions() < subset.getAsInt()).findFirst().ifPresent(l ->
                    refuse(subsetSize, AssignmentChecks.tooFewMessage(l.title(), l.approvedQuestions())));
        }
        if (attempts.isInvalid() || minutes.isInvalid() || subsetSize.isInvalid()) {
            return Optional.empty();
        }
        return Optional.of(new AssignmentRules(schedule.opensAt(), schedule.dueAt(), attemptCount,
                counted.getValue(), limit, feedback.getValue(), shuffleQuestions.getValue(),
                shuffleOptions.getValue(), subset, readFirst.getValue()));
    }

    private static OptionalInt positive(IntegerField field, String whenEmpty, String whenTooSmall) {
        if (field.getValue() == null) {
            refuse(field, whenEmpty);
            return OptionalInt.empty();
        }
        if (field.getValue() < 1) {
            refuse(field, whenTooSmall);
            return OptionalInt.empty();
        }
        return OptionalInt.of(field.getValue());
    }

    private static void refuse(IntegerField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
