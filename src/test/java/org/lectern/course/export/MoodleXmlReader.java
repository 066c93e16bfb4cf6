package org.lectern.course.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** Reads Moodle XML back with the JDK's DOM parser: categories, multiple-choice questions, tags, feedback. */
public final class MoodleXmlReader {

    private MoodleXmlReader() {
    }

    public static List<ReadQuestion> read(byte[] xml) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml));
        var quiz = document.getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            throw new IllegalArgumentException("not a Moodle quiz: " + quiz.getTagName());
        }
        var questions = new ArrayList<ReadQuestion>();
        String category = null;
        for (var question : Dom.children(quiz, "question")) {
            switch (question.getAttribute("type")) {
                case "category" -> category = Dom.text(Dom.child(question, "category"), "text");
                case "multichoice" -> questions.add(question(question, category));
                default -> throw new IllegalArgumentException("unexpected type " + question.getAttribute("type"));
            }
        }
        return questions;
    }

    private static ReadQuestion question(Element question, String category) {
        var options = new ArrayList<String>();
        int correct = -1;
        for (var answer : Dom.children(question, "answer")) {
            if (answer.getAttribute("fraction").equals("100")) {
                correct = options.size();
            }
            options.add(Dom.text(answer, "text"));
        }
        var tags = Dom.children(Dom.child(question, "tags"), "tag").stream().map(t -> Dom.text(t, "text")).toList();
        var sourceRef = tags.stream().filter(t -> t.startsWith("source-")).map(t -> t.substring(7)).findFirst()
                .orElse(null);
        var feedback = Dom.text(Dom.child(question, "generalfeedback"), "text");
        var sourceAt = feedback.lastIndexOf(MoodleXmlWriter.SOURCE_PREFIX);
        var explanation = sourceAt == 0 ? "" : feedback.substring(0, sourceAt).strip();
        var sentence = feedback.substring(sourceAt + MoodleXmlWriter.SOURCE_PREFIX.length());
        var lesson = category + " " + tags.stream().filter(t -> t.startsWith("lesson-")).findFirst().orElse("");
        return new ReadQuestion(Dom.child(question, "idnumber").getTextContent(), lesson,
                Dom.text(Dom.child(question, "questiontext"), "text"), options, correct, sourceRef, sentence, explanation);
    }
}
