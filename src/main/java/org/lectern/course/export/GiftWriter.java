package org.lectern.course.export;

import org.lectern.course.BankQuestion;

/**
 * Moodle's GIFT text format. Each lesson is a {@code $CATEGORY}; each question is preceded by a comment line with
 * its source reference and sentence, named by its id ({@code ::id::}), written as {@code [plain]} text so Moodle
 * shows it as written, with the explanation as general feedback ({@code ####}).
 */
final class GiftWriter {

    private GiftWriter() {
    }

    static String write(ExportSet set) {
        var out = new StringBuilder();
        out.append("// Lectern export of \"").append(Text.oneLine(set.courseTitle())).append("\", version ")
                .append(set.courseVersion()).append(": approved questions only, in lesson order.\n");
        out.append("// Before each question: \"source\", its place in the lesson (L lesson.P paragraph.C characters)")
                .append(" and its source sentence. Each question's name is its Lectern id.\n");
        for (var lesson : set.lessons()) {
            out.append("\n$CATEGORY: $course$/top/").append(category(set.courseTitle())).append('/')
                    .append(category(lesson.label())).append('\n');
            for (var question : lesson.questions()) {
                out.append('\n');
                question(out, lesson, question);
            }
        }
        return out.toString();
    }

    private static void question(StringBuilder out, ExportLesson lesson, BankQuestion question) {
        // A comment is one line that GIFT never parses, so the sentence needs no escaping, only joining into a line.
        out.append("// source ").append(lesson.sourceRef(question)).append(": ")
                .append(Text.oneLine(question.sourceSentence())).append('\n');
        out.append("::").append(escape(question.id())).append("::[plain]").append(escape(question.stem()))
                .append(" {\n");
        for (int i = 0; i < question.options().size(); i++) {
            out.append('\t').append(i == question.correctOption() ? '=' : '~')
                    .append(escape(question.options().get(i))).append('\n');
        }
        if (!question.explanation().isBlank()) {
            out.append("\t####").append(escape(question.explanation())).append('\n');
        }
        out.append("}\n");
    }

    /**
     * GIFT's escaping: a backslash before each of {@code ~ = # { } :} and before a backslash itself; a line break
     * becomes {@code \n}, so a text never ends its question early with a blank line.
     */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        var normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A category name on one line. Moodle reads a category line without unescaping it, so nothing is escaped;
     * a slash, which would start a sub-category, is doubled as Moodle's category paths expect.
     */
    private static String category(String name) {
        return Text.oneLine(name).replace("\\", "").replace("/", "//");
    }
}
