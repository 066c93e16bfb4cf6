package org.lectern.course;

import java.util.List;

/**
 * A lesson as a student reads it: paragraphs, captions, where each citation marker stands, and the endnotes it
 * cites (only those this lesson cites).
 */
public record LessonContent(long lessonId, long courseId, String courseTitle, String title, List<String> paragraphs,
                            List<String> captions, List<Marker> citations, List<Note> endnotes,
                            List<Heading> headings, String language) {

    public LessonContent {
        paragraphs = List.copyOf(paragraphs);
        headings = List.copyOf(headings);
        captions = List.copyOf(captions);
        citations = List.copyOf(citations);
        endnotes = List.copyOf(endnotes);
    }

    /** A citation marker: the endnote it points to, after character {@code offset} of paragraph {@code paragraph}. */
    public record Marker(int paragraph, int offset, int endnote) {
    }

    /** A subsection heading standing before paragraph {@code paragraph}; level 1 is just under the lesson title. */
    public record Heading(int paragraph, int level, String title) {
    }

    /** The headings that stand before paragraph {@code index}, in order. */
    public List<Heading> headingsBefore(int index) {
        return headings.stream().filter(h -> h.paragraph() == index).toList();
    }

    /** An endnote; {@code url} is empty when the note has none. */
    public record Note(int number, String text, String url) {
    }
}
