package org.lectern.course.export;

import org.lectern.course.BankQuestion;
import org.w3c.dom.Element;

/**
 * Moodle's XML format. Each lesson is a category; each question a {@code multichoice} with one correct answer,
 * its Lectern id as {@code <idnumber>}, tags {@code lectern}, {@code lesson-N} and {@code source-L…} (its place in
 * the lesson), and the explanation and the source sentence in the general feedback. Texts are {@code plain_text}
 * so Moodle shows them as written.
 */
final class MoodleXmlWriter {

    /** How the general feedback introduces the source sentence; it is always the feedback's last paragraph. */
    static final String SOURCE_PREFIX = "Source sentence: ";
    private static final String PLAIN = "plain_text";

    private MoodleXmlWriter() {
    }

    static byte[] write(ExportSet set) {
        var document = XmlDocuments.create();
        var quiz = document.createElementNS(null, "quiz");
        document.appendChild(quiz);
        quiz.appendChild(document.createComment(XmlDocuments.commentText("Lectern export of \"" + set.courseTitle()
                + "\", version " + set.courseVersion() + ": approved questions only, in lesson order.")));
        for (var lesson : set.lessons()) {
            category(quiz, set, lesson);
            lesson.questions().forEach(question -> question(quiz, lesson, question));
        }
        return XmlDocuments.bytes(document);
    }

    private static void category(Element quiz, ExportSet set, ExportLesson lesson) {
        var question = XmlDocuments.add(quiz, "question");
        question.setAttribute("type", "category");
        // Moodle reads a slash as the start of a sub-category; a doubled one is a slash in the name.
        var path = "$course$/top/" + Text.oneLine(set.courseTitle()).replace("/", "//") + "/"
                + Text.oneLine(lesson.label()).replace("/", "//");
        XmlDocuments.add(XmlDocuments.add(question, "category"), "text", path);
        text(question, "info", "");
    }

    private static void question(Element quiz, ExportLesson lesson, BankQuestion q) {
        var question = XmlDocuments.add(quiz, "question");
        question.setAttribute("type", "multichoice");
        XmlDocuments.add(XmlDocuments.add(question, "name"), "text", name(lesson, q));
        text(question, "questiontext", q.stem());
        text(question, "generalfeedback", generalFeedback(q));
        XmlDocuments.add(question, "defaultgrade", "1");
        XmlDocuments.add(question, "penalty", "0.3333333");
        XmlDocuments.add(question, "hidden", "0");
        XmlDocuments.add(question, "idnumber", q.id());
        XmlDocuments.add(question, "single", "true");
        XmlDocuments.add(question, "shuffleanswers", "true");
        XmlDocuments.add(question, "answernumbering", "abc");
        for (int i = 0; i < q.options().size(); i++) {
            var answer = XmlDocuments.add(question, "answer");
            answer.setAttribute("fraction", i == q.correctOption() ? "100" : "0");
            answer.setAttribute("format", PLAIN);
            XmlDocuments.add(answer, "text", q.options().get(i));
            text(answer, "feedback", "");
        }
        var tags = XmlDocuments.add(question, "tags");
        for (var tag : new String[] {"lectern", "lesson-" + lesson.number(), "source-" + lesson.sourceRef(q)}) {
            XmlDocuments.add(XmlDocuments.add(tags, "tag"), "text", tag);
        }
    }

    /** The explanation, if any, then the source sentence as the last paragraph. */
    static String generalFeedback(BankQuestion q) {
        var source = SOURCE_PREFIX + Text.oneLine(q.sourceSentence());
        return q.explanation().isBlank() ? source : q.explanation().strip() + "\n\n" + source;
    }

    /** A readable name in the question bank list: the lesson, then the start of the stem. */
    private static String name(ExportLesson lesson, BankQuestion q) {
        var stem = Text.oneLine(q.stem());
        return "L" + lesson.number() + " " + (stem.length() > 80 ? stem.substring(0, 79) + "…" : stem);
    }

    private static void text(Element parent, String name, String value) {
        var element = XmlDocuments.add(parent, name);
        element.setAttribute("format", PLAIN);
        XmlDocuments.add(element, "text", value);
    }
}
