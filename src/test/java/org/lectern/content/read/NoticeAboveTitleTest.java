package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * Text copied from a whole page whose main text opens with a notice (a sentence or two set apart by the title and a
 * share row) rather than with the article: the title is found among the lines below the notice, and the notice stays
 * out of the lesson, though a button printed twice above it ("Next story" over "Next story") is repeated too.
 */
class NoticeAboveTitleTest {

    private static final List<String> ESSAY = List.of(
            "Our school paper went online three years ago, and the first thing we learned was that nobody reads a "
                    + "student newspaper because it is online; they read it because a friend sent them a story.",
            "So we stopped counting page views and started asking which stories students passed on to each other, "
                    + "and the answer surprised the editors: the paper's student journalism on housing won every time.",
            "Housing stories drew readers because they were useful. A guide to tenants' rights in the city was shared "
                    + "more than any sports report, and students still send it to each other every autumn.",
            "The lesson for other student newspapers is simple enough: write the journalism your readers need, then "
                    + "make it easy to find, and the readers will do the rest of the work for you.");

    private static final List<String> REPORT = List.of(
            "The river authority opened the new flood gates at the harbour mouth on Friday, two years after storms "
                    + "pushed the sea over the quay and into the old town's lower streets.",
            "The flood gates close automatically when the tide rises above a set mark, and engineers say they will "
                    + "protect the old town from the kind of surge that flooded it in the winter storms.",
            "Shop owners on the quay welcomed the flood gates but asked the authority to keep the harbour open to "
                    + "fishing boats during the busy season, when the gates are expected to close most often.",
            "The authority said the harbour gates would stay open on all but a few days of the year, and that boats "
                    + "would be warned by radio an hour before each closing.");

    private static Article read(List<String> top, List<String> prose) throws Exception {
        var lines = new ArrayList<>(top);
        lines.addAll(prose);
        lines.addAll(List.of("Share on Twitter", "Share on Facebook", "Responses", "Help", "Status", "About"));
        return Fixtures.read("source.txt", String.join("\n", lines) + "\n");
    }

    @Test
    void aBlogPostBelowAnUnlistedNoticeIsTitledByItsHeadline() throws Exception {
        Article a = read(List.of("Publish your story?", "Pat Moreno", "8 min read", "Sign in / Sign up", "Pat Moreno",
                "on May 3", "", "Next story",
                "Next story", "",
                "The author chose to make this story unlisted, which means only people with a link can see it. Are you "
                        + "sure you want to share it? You can change who sees it at any time from the settings page of the story, "
                        + "where its title and subtitle can be changed too.",
                "Student Journalism That Readers Pass On", "Share on Twitter", "Share on Facebook", "Share by email",
                "Student Journalism That Readers Pass On"), ESSAY);
        assertEquals("Student Journalism That Readers Pass On", a.title());
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("tenants' rights"), text);
        assertFalse(text.contains("unlisted"), text);
    }

    @Test
    void aReportBelowASignUpNoticeIsTitledByItsHeadline() throws Exception {
        Article a = read(List.of("Harbour Gazette", "Subscribe", "Log in", "", "Next article", "Next article", "",
                "You have read three of your five free articles this month. Sign up for our newsletter to keep reading "
                        + "the harbour's news, or log in if you already have an account with us and want to read on.",
                "Flood Gates Open at the Harbour Mouth", "Share", "Tweet", "Email", "Print"), REPORT);
        assertEquals("Flood Gates Open at the Harbour Mouth", a.title());
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("warned by radio"), text);
        assertFalse(text.contains("free articles"), text);
    }
}
