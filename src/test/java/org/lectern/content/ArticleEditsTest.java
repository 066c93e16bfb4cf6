package org.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEditsTest {

    private final Article article = new Article("Title", "Author", "Summary", List.of(
            new Section("One", List.of("p0", "p1"), List.of("Figure 1"), List.of(new Citation(1, 2, 7))),
            new Section("Two", List.of("q0", "q1", "q2"), List.of("Figure 2"),
                    List.of(new Citation(0, 1, 8), new Citation(2, 2, 9)))),
            List.of(new Endnote(7, "Note 7", ""), new Endnote(8, "Note 8", ""), new Endnote(9, "Note 9", "")),
            List.of(new DroppedLine("Share this", "share link"), new DroppedLine("A real sentence.", "short line")));

    private final Article outlined = new Article("Title", "Author", "Summary", List.of(
            new Section("One", List.of("p0", "p1", "p2", "p3"), List.of(), List.of(new Citation(3, 1, 7)),
                    List.of(new Subheading(1, 1, "Sub A"), new Subheading(2, 2, "Sub A.1"), new Subheading(3, 1, "Sub B"))),
            new Section("Two", List.of("q0", "q1"), List.of(), List.of(), List.of(new Subheading(1, 1, "Sub C")))),
            List.of(new Endnote(7, "Note 7", "")), List.of(), "fr");

    @Test
    void splittingAtASubheadingNamesTheNewLessonAfterItAndMovesTheLaterHeadings() {
        var split = ArticleEdits.split(outlined, 0, 3, null);

        assertThat(split.lessons()).extracting(Section::title).containsExactly("One", "Sub B", "Two");
        assertThat(split.lessons().get(0).headings()).containsExactly(new Subheading(1, 1, "Sub A"),
                new Subheading(2, 2, "Sub A.1"));
        assertThat(split.lessons().get(1).headings()).isEmpty();
        assertThat(split.lessons().get(1).citations()).containsExactly(new Citation(0, 1, 7));
        assertThat(ArticleEdits.split(outlined, 0, 2, "Deeper").lessons().get(1).headings())
                .containsExactly(new Subheading(0, 2, "Sub A.1"), new Subheading(1, 1, "Sub B"));
        assertThat(split.language()).isEqualTo("fr");
    }

    @Test
    void mergingKeepsTheMergedTitleAsASubheadingAboveItsOwn() {
        var merged = ArticleEdits.mergeWithPrevious(outlined, 1).lessons().getFirst();

        assertThat(merged.headings()).containsExactly(new Subheading(1, 1, "Sub A"), new Subheading(2, 2, "Sub A.1"),
                new Subheading(3, 1, "Sub B"), new Subheading(4, 1, "Two"), new Subheading(5, 2, "Sub C"));
        assertThat(ArticleEdits.rename(outlined, 0, "Renamed").lessons().getFirst().headings()).hasSize(3);
    }

    @Test
    void renamesALessonAndRefusesABlankTitle() {
        assertThat(ArticleEdits.rename(article, 1, "  Second  ").lessons().get(1).title()).isEqualTo("Second");
        assertThatThrownBy(() -> ArticleEdits.rename(article, 1, " ")).hasMessage("A lesson needs a title.");
    }

    @Test
    void mergingMovesParagraphsCaptionsAndCitationsToThePreviousLesson() {
        var merged = ArticleEdits.mergeWithPrevious(article, 1);

        assertThat(merged.lessons()).hasSize(1);
        var lesson = merged.lessons().get(0);
        assertThat(lesson.paragraphs()).containsExactly("p0", "p1", "q0", "q1", "q2");
        assertThat(lesson.captions()).containsExactly("Figure 1", "Figure 2");
        assertThat(lesson.citations()).containsExactly(new Citation(1, 2, 7), new Citation(2, 1, 8),
                new Citation(4, 2, 9));
        assertThatThrownBy(() -> ArticleEdits.mergeWithPrevious(article, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splittingStartsANewLessonAtAParagraphAndRenumbersItsCitations() {
        var split = ArticleEdits.split(article, 1, 2, "Three");

        assertThat(split.lessons()).extracting(Section::title).containsExactly("One", "Two", "Three");
        assertThat(split.lessons().get(1).paragraphs()).containsExactly("q0", "q1");
        assertThat(split.lessons().get(1).citations()).containsExactly(new Citation(0, 1, 8));
        assertThat(split.lessons().get(2).paragraphs()).containsExactly("q2");
        assertThat(split.lessons().get(2).citations()).containsExactly(new Citation(0, 2, 9));
        assertThatThrownBy(() -> ArticleEdits.split(article, 1, 0, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void droppingRemovesALessonButNeverTheLastOne() {
        var dropped = ArticleEdits.drop(article, 0);

        assertThat(dropped.lessons()).extracting(Section::title).containsExactly("Two");
        assertThatThrownBy(() -> ArticleEdits.drop(dropped, 0)).hasMessage("A course needs at least one lesson.");
    }

    @Test
    void aRemovedLineComesBackAsTheLastParagraphOfTheChosenLesson() {
        var restored = ArticleEdits.restore(article, 1, 0);

        assertThat(restored.lessons().get(0).paragraphs()).containsExactly("p0", "p1", "A real sentence.");
        assertThat(restored.dropped()).extracting(DroppedLine::text).containsExactly("Share this");
    }
}
