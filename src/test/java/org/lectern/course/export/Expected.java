package org.lectern.course.export;

import java.util.ArrayList;
import java.util.List;
import org.lectern.course.BankQuestion;

/**
 * What reading an export back must give for a set of questions, written out apart from the writers so the round
 * trips check the writers rather than repeat them.
 */
public final class Expected {

    private Expected() {
    }

    public static List<ReadQuestion> gift(ExportSet set) {
        return each(set, (lesson, q) -> new ReadQuestion(q.id(), category(set, lesson), q.stem(), q.options(),
                q.correctOption(), ref(lesson, q), line(q.sourceSentence()),
                q.explanation().isBlank() ? null : q.explanation().strip()));
    }

    public static List<ReadQuestion> moodleXml(ExportSet set) {
        return each(set, (lesson, q) -> new ReadQuestion(q.id(), category(set, lesson) + " lesson-" + lesson.number(),
                q.stem(), q.options(), q.correctOption(), ref(lesson, q), line(q.sourceSentence()),
                q.explanation().strip()));
    }

    /** Aiken keeps stems, options and the answer, each on one line; ids, sources and explanations are lost. */
    public static List<ReadQuestion> aiken(ExportSet set) {
        return each(set, (lesson, q) -> new ReadQuestion(null, null, aikenStem(q.stem()),
                q.options().stream().map(Expected::line).toList(), q.correctOption(), null, null, null));
    }

    public static List<ReadQuestion> qti(ExportSet set) {
        return each(set, (lesson, q) -> new ReadQuestion(q.id(), lesson.number() + ". " + line(lesson.title()),
                q.stem(), q.options(), q.correctOption(), ref(lesson, q), line(q.sourceSentence()),
                q.explanation().strip()));
    }

    /** A stem that Aiken would read as an option or the answer line is written after "Question: ". */
    static String aikenStem(String stem) {
        var line = line(stem);
        return line.matches("^([A-Z][.)] |ANSWER:).*") ? "Question: " + line : line;
    }

    private static String category(ExportSet set, ExportLesson lesson) {
        return "$course$/top/" + line(set.courseTitle()).replace("/", "//") + "/" + lesson.number() + ". "
                + line(lesson.title()).replace("/", "//");
    }

    private static String ref(ExportLesson lesson, BankQuestion q) {
        return "L" + lesson.number() + ".P" + (q.paragraph() + 1) + ".C" + q.start() + "-" + q.end();
    }

    private static String line(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<ReadQuestion> each(ExportSet set, Maker maker) {
        var all = new ArrayList<ReadQuestion>();
        set.lessons().forEach(lesson -> lesson.questions().forEach(q -> all.add(maker.make(lesson, q))));
        return all;
    }

    private interface Maker {
        ReadQuestion make(ExportLesson lesson, BankQuestion question);
    }
}
