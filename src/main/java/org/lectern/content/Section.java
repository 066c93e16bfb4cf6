package org.lectern.content;

import java.util.List;

/**
 * One section of an article: it becomes one lesson.
 *
 * @param title      the section heading
 * @param paragraphs body paragraphs with citation markers removed, otherwise exactly as written
 * @param captions   figure captions that stood in this section
 * @param citations  where a citation marker stood, in reading order
 * @param headings   the subsections' headings inside the lesson, in reading order
 */
public record Section(String title, List<String> paragraphs, List<String> captions, List<Citation> citations,
                      List<Subheading> headings) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        citations = List.copyOf(citations);
        headings = List.copyOf(headings);
    }

    /** A lesson without subsections. */
    public Section(String title, List<String> paragraphs, List<String> captions, List<Citation> citations) {
        this(title, paragraphs, captions, citations, List.of());
    }

    /** The same lesson under another title. */
    public Section withTitle(String newTitle) {
        return new Section(newTitle, paragraphs, captions, citations, headings);
    }
}
