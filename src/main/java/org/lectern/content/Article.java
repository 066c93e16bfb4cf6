package org.lectern.content;

import java.util.List;

/**
 * An article read from a file and split into lessons, before any question is written.
 *
 * @param title    the article's title, which becomes the course title
 * @param author   the author's name when the text names one, otherwise empty
 * @param summary  the abstract or lead paragraph, otherwise empty
 * @param lessons  the article's sections in reading order
 * @param endnotes the numbered references the citations point to
 * @param dropped  lines removed as web-page noise, in the order they stood, so a reviewer can bring one back
 */
public record Article(String title, String author, String summary, List<Section> lessons,
                      List<Endnote> endnotes, List<DroppedLine> dropped) {

    public Article {
        lessons = List.copyOf(lessons);
        endnotes = List.copyOf(endnotes);
        dropped = List.copyOf(dropped);
    }
}
