package org.lectern.course.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Aiken line by line as Moodle does: a line shorter than two characters is skipped, {@code X. } or
 * {@code X) } starts an option, {@code ANSWER:} ends a question, any other line starts a new question.
 */
public final class AikenReader {

    private AikenReader() {
    }

    public static List<ReadQuestion> read(String aiken) {
        var questions = new ArrayList<ReadQuestion>();
        String stem = null;
        var options = new ArrayList<String>();
        for (var raw : aiken.split("\r?\n")) {
            var line = raw.strip();
            if (line.length() < 2) {
                continue;
            }
            if (line.matches("^[A-Z][).][ \\t].*")) {
                options.add(line.substring(2).strip());
            } else if (line.startsWith("ANSWER:")) {
                var letter = line.substring("ANSWER:".length()).strip().charAt(0);
                questions.add(new ReadQuestion(null, null, stem, List.copyOf(options), letter - 'A', null, null,
                        null));
                stem = null;
                options.clear();
            } else {
                stem = line;
                options.clear();
            }
        }
        if (stem != null) {
            throw new IllegalArgumentException("a question without an ANSWER line: " + stem);
        }
        return questions;
    }
}
