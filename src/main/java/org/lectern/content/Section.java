package org.lectern.content;

import java.util.List;

/**
 * One section of an article: it becomes one lesson.
 *
 * @param title      the section heading
 * @param paragraphs body paragraphs with citation markers removed, otherwise exactly as written
 * @param captions   figure captions that stood in this section
 * @param citations  where a citation marker stood, in reading order
 */
public record Section(String title, List<String> paragraphs, List<String> captions, List<Citation> citations) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        citations = List.copyOf(citations);
    }
}
