package org.lectern.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The edits an instructor makes to an article before publishing it: rename, merge, split or drop a lesson, and
 * bring back a line the reader dropped as noise. Each edit returns a new article and keeps every citation pointing at
 * the paragraph it stood in.
 */
public final class ArticleEdits {

    private ArticleEdits() {
    }

    public static Article rename(Article article, int lesson, String title) {
        var clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A lesson needs a title.");
        }
        var s = section(article, lesson);
        return withLesson(article, lesson, s.withTitle(clean));
    }

    /**
     * Appends a lesson to the one before it; its paragraphs, captions, citations and subsections move along, and its
     * title stays as a subsection heading where its text begins.
     */
    public static Article mergeWithPrevious(Article article, int lesson) {
        if (lesson <= 0) {
            throw new IllegalArgumentException("The first lesson has no lesson before it.");
        }
        var before = section(article, lesson - 1);
        var merged = section(article, lesson);
        var paragraphs = new ArrayList<>(before.paragraphs());
        paragraphs.addAll(merged.paragraphs());
        var captions = new ArrayList<>(before.captions());
        captions.addAll(merged.captions());
        var citations = new ArrayList<>(before.citations());
        var shift = before.paragraphs().size();
        merged.citations().forEach(c -> citations.add(new Citation(c.paragraph() + shift, c.offset(), c.endnote())));
        var lessons = new ArrayList<>(article.lessons());
        var headings = new ArrayList<>(before.headings());
        headings.add(new Subheading(shift, 1, merged.title()));
        merged.headings().forEach(h -> headings.add(new Subheading(h.paragraph() + shift, h.level() + 1, h.title())));
        lessons.set(lesson - 1, new Section(before.title(), paragraphs, captions, citations, headings));
        lessons.remove(lesson);
        return with(article, lessons);
    }

    /**
     * Starts a new lesson at a paragraph; the captions stay with the first part. Without a new title, a subsection
     * heading standing at that paragraph names the new lesson, else it is the old title "(continued)".
     */
    public static Article split(Article article, int lesson, int paragraph, String newTitle) {
        var s = section(article, lesson);
        if (paragraph <= 0 || paragraph >= s.paragraphs().size()) {
            throw new IllegalArgumentException("Split a lesson between two of its paragraphs.");
        }
        var opening = s.headings().stream().filter(h -> h.paragraph() == paragraph).findFirst();
        var title = newTitle != null && !newTitle.isBlank() ? newTitle.strip()
                : opening.map(Subheading::title).orElse(s.title() + " (continued)");
        var first = new Section(s.title(), s.paragraphs().subList(0, paragraph), s.captions(),
                s.citations().stream().filter(c -> c.paragraph() < paragraph).toList(),
                s.headings().stream().filter(h -> h.paragraph() < paragraph).toList());
        var second = new Section(title, s.paragraphs().subList(paragraph, s.paragraphs().size()), List.of(),
                s.citations().stream().filter(c -> c.paragraph() >= paragraph)
                        .map(c -> new Citation(c.paragraph() - paragraph, c.offset(), c.endnote())).toList(),
                s.headings().stream().filter(h -> h.paragraph() >= paragraph)
                        .filter(h -> !(h.paragraph() == paragraph && title.equals(h.title())))
                        .map(h -> new Subheading(h.paragraph() - paragraph, h.level(), h.title())).toList());
        var lessons = new ArrayList<>(article.lessons());
        lessons.set(lesson, first);
        lessons.add(lesson + 1, second);
        return with(article, lessons);
    }

    public static Article drop(Article article, int lesson) {
        section(article, lesson);
        if (article.lessons().size() == 1) {
            throw new IllegalArgumentException("A course needs at least one lesson.");
        }
        var lessons = new ArrayList<>(article.lessons());
        lessons.remove(lesson);
        return with(article, lessons);
    }

    /** Brings a dropped line back as the last paragraph of a lesson. */
    public static Article restore(Article article, int droppedLine, int lesson) {
        if (droppedLine < 0 || droppedLine >= article.dropped().size()) {
            throw new IllegalArgumentException("There is no such removed line.");
        }
        var s = section(article, lesson);
        var paragraphs = new ArrayList<>(s.paragraphs());
        paragraphs.add(article.dropped().get(droppedLine).text());
        var dropped = new ArrayList<>(article.dropped());
        dropped.remove(droppedLine);
        var lessons = new ArrayList<>(article.lessons());
        lessons.set(lesson, new Section(s.title(), paragraphs, s.captions(), s.citations(), s.headings()));
        return article.with(lessons, dropped);
    }

    private static Section section(Article article, int lesson) {
        if (lesson < 0 || lesson >= article.lessons().size()) {
            throw new IllegalArgumentException("There is no such lesson.");
        }
        return article.lessons().get(lesson);
    }

    private static Article withLesson(Article article, int lesson, Section section) {
        var lessons = new ArrayList<>(article.lessons());
        lessons.set(lesson, section);
        return with(article, lessons);
    }

    private static Article with(Article article, List<Section> lessons) {
        return article.with(lessons, article.dropped());
    }
}
