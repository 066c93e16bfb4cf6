package org.lectern.gradebook.ui;

import org.lectern.assignment.CountedAttempt;

/** How pages name an assignment's counting rule, in the words the result page uses. */
final class RuleText {

    private RuleText() {
    }

    static String of(CountedAttempt rule) {
        return switch (rule) {
            case HIGHEST -> "highest score";
            case LAST -> "last attempt";
            case FIRST -> "first attempt";
            case AVERAGE -> "average of attempts";
        };
    }
}
