package org.lectern.content.question;

import java.util.List;

/** Writes a bank as plain text, for reading samples and for comparing two runs byte for byte. */
final class BankPrinter {

    private BankPrinter() {
    }

    static String print(GeneratedBank bank) {
        StringBuilder b = new StringBuilder();
        for (LessonBank lesson : bank.lessons()) {
            b.append("== lesson ").append(lesson.lesson()).append(" (").append(lesson.questions().size())
                    .append(" kept, ").append(lesson.rejected()).append(" rejected)\n");
            for (GeneratedQuestion q : lesson.questions()) {
                b.append(print(q));
            }
        }
        return b.toString();
    }

    static String print(GeneratedQuestion q) {
        StringBuilder b = new StringBuilder();
        b.append('[').append(q.id()).append(' ').append(q.kind()).append("] ").append(q.stem()).append('\n');
        List<String> options = q.options();
        for (int i = 0; i < options.size(); i++) {
            b.append(i == q.answer() ? "  * " : "    ").append((char) ('A' + i)).append(") ").append(options.get(i))
                    .append('\n');
        }
        SourceSentence s = q.source();
        b.append("    source: lesson ").append(s.lesson()).append(" paragraph ").append(s.paragraph()).append(" [")
                .append(s.start()).append(',').append(s.end()).append(") cites ").append(q.citations()).append('\n');
        b.append("    ").append(q.explanation()).append('\n');
        return b.toString();
    }
}
