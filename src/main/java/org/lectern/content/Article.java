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
 * @param language the language of its text as an ISO 639-1 code where there is one ("en", "fr", "ja"), else ISO
 *                 639-3; {@link Language#UNDETERMINED} when the text is too short to tell
 */
public record Article(String title, String author, String summary, List<Section> lessons,
                      List<Endnote> endnotes, List<DroppedLine> dropped, String language) {

    public Article {
        lessons = List.copyOf(lessons);
        endnotes = List.copyOf(endnotes);
        dropped = List.copyOf(dropped);
    }

    /** An article in English, as tests and hand-made articles are. */
    public Article(String title, String author, String summary, List<Section> lessons, List<Endnote> endnotes,
                   List<DroppedLine> dropped) {
        this(title, author, summary, lessons, endnotes, dropped, Language.ENGLISH);
    }

    /** Whether questions can be written for it: the generator reads English, and tries a text too short to tell. */
    public boolean english() {
        return Language.generatesQuestions(language);
    }

    public Article withLanguage(String code) {
        return new Article(title, author, summary, lessons, endnotes, dropped, code);
    }

    /** The same article with other lessons, notes and dropped lines; title, author, summary and language stay. */
    public Article with(List<Section> newLessons, List<DroppedLine> newDropped) {
        return new Article(title, author, summary, newLessons, endnotes, newDropped, language);
    }
}
