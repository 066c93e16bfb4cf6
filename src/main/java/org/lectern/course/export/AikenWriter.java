package org.lectern.course.export;

import java.util.regex.Pattern;

/**
 * The Aiken format: a stem on one line, options {@code A.} to {@code Z.}, then {@code ANSWER: X}. It has no room
 * for names, comments, categories or feedback, so the question ids, source sentences and explanations are not
 * kept: only stems, options and the correct option, in lesson order.
 *
 * <p>The rule that keeps every question readable: each stem and option is written on one line (line breaks
 * become spaces). An option always starts with its own letter, so its text may start with anything. A stem that
 * would read as an option ({@code A. }, {@code B) }) or as the answer line ({@code ANSWER:}), or that is shorter
 * than the two characters a line needs to be read at all, is written after {@code "Question: "}.
 */
final class AikenWriter {

    static final String STEM_GUARD = "Question: ";

    /** What Moodle's Aiken reader takes for an option or an answer line. */
    private static final Pattern LOOKS_LIKE_OPTION_OR_ANSWER = Pattern.compile("^([A-Z][).][ \\t]|ANSWER:)");

    private AikenWriter() {
    }

    static String write(ExportSet set) {
        var out = new StringBuilder();
        for (var lesson : set.lessons()) {
            for (var question : lesson.questions()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(stem(question.stem())).append('\n');
                for (int i = 0; i < question.options().size(); i++) {
                    out.append(letter(i)).append(". ").append(Text.oneLine(question.options().get(i))).append('\n');
                }
                out.append("ANSWER: ").append(letter(question.correctOption())).append('\n');
            }
        }
        return out.toString();
    }

    static String stem(String stem) {
        var line = Text.oneLine(stem);
        return line.length() < 2 || LOOKS_LIKE_OPTION_OR_ANSWER.matcher(line).find() ? STEM_GUARD + line : line;
    }

    private static char letter(int index) {
        return (char) ('A' + index);
    }
}
