package org.lectern.course;

import java.util.List;
import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.Endnote;
import org.lectern.content.Section;
import org.lectern.content.Subheading;
import org.lectern.course.domain.Course;

/** Rebuilds the content layer's view of a stored course, so the lint and generator can run on it again. */
final class StoredArticles {

    private StoredArticles() {
    }

    static Article of(Course course) {
        var sections = course.getLessons().stream().map(lesson -> new Section(lesson.getTitle(),
                List.copyOf(lesson.getParagraphs()), List.copyOf(lesson.getCaptions()),
                lesson.getCitations().stream()
                        .map(c -> new Citation(c.getParagraph(), c.getOffset(), c.getEndnote())).toList(),
                lesson.getHeadings().stream()
                        .map(h -> new Subheading(h.getParagraph(), h.getLevel(), h.getTitle())).toList()))
                .toList();
        var notes = course.getEndnotes().stream().map(n -> new Endnote(n.getNumber(), n.getText(), n.getUrl())).toList();
        return new Article(course.getTitle(), course.getAuthor(), course.getSummary(), sections, notes, List.of(),
                course.getLanguage());
    }
}
