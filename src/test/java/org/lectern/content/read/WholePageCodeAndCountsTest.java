package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * Whole-page text, second round: code listings between paragraphs, lines that a colon announces, a notes heading
 * over plain prose, a comment count under the title. Each rule is checked on two different hand-written pages.
 */
class WholePageCodeAndCountsTest {

    private static final List<String> DEV_MENU = List.of("Byte Garden", "Home", "Articles", "Talks", "About");
    private static final String QUEUE1 = "A job queue keeps work that a web request should not wait for, such as "
            + "sending an email or resizing an image, and hands it to a worker later.";
    private static final String QUEUE2 = "Each job is a small record with a name and its arguments, and the worker "
            + "looks the name up in a table of functions before it calls the right one.";
    private static final String QUEUE3 = "When a job fails the worker puts it back with a delay that doubles each "
            + "time, so that a broken mail server is not hammered by thousands of retries.";

    private static final List<String> SHELL_MENU = List.of("Terminal Notes", "Posts", "Archive", "Contact");
    private static final String SHELL1 = "A shell alias gives a long command a short name, which saves typing when "
            + "the same flags are needed many times a day in the same terminal.";
    private static final String SHELL2 = "Aliases live in the shell's start-up file, so a new terminal picks them up "
            + "at once, while an open one has to read the file again before it knows them.";
    private static final String SHELL3 = "A function does more than an alias can, because it takes arguments and may "
            + "hold several commands, loops and tests in the order the user needs them.";

    private static Article page(List<String> head, String... rest) throws Exception {
        List<String> lines = new java.util.ArrayList<>(head);
        lines.addAll(List.of(rest));
        return Fixtures.read("page.txt", String.join("\n", lines));
    }

    // A listing between paragraphs is part of the article: its lines are kept, and so are the plain lines inside it.

    @Test
    void keepsTheListingOfAJobQueueArticle() throws Exception {
        Article a = page(DEV_MENU, "Writing a Tiny Job Queue", QUEUE1, QUEUE2, "Worker.handlers = {",
                "send_mail: sendMail,", "resize: resizeImage", "};", "for (const job of queue) {",
                "if (job.failed)", "retry(job);", "}", QUEUE3);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("Worker.handlers = {"), text);
        assertTrue(text.contains("if (job.failed)"), text);
        assertTrue(text.contains("retry(job);"), text);
        assertTrue(text.contains(QUEUE3), text);
    }

    @Test
    void keepsTheListingOfAShellArticle() throws Exception {
        Article a = page(SHELL_MENU, "Aliases and Functions in the Shell", SHELL1, SHELL2, "mkcd() {",
                "mkdir -p \"$1\"", "cd \"$1\" || return", "}", "alias ll='ls -l';", SHELL3);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("mkcd() {"), text);
        assertTrue(text.contains("mkdir -p \"$1\""), text);
        assertTrue(text.contains("alias ll='ls -l';"), text);
    }

    @Test
    void aHeadingThatNamesATagStaysAHeading() throws Exception {
        Article a = page(DEV_MENU, "Images in Plain Markup", QUEUE1, "The <picture> Element", QUEUE2, QUEUE3);
        assertTrue(a.lessons().stream().anyMatch(l -> l.title().equals("The <picture> Element")),
                a.lessons().stream().map(l -> l.title()).toList().toString());
        Article b = page(SHELL_MENU, "Start-up Files", SHELL1, "Editing <code>.bashrc</code>",
                "Figure 1: the file in an editor", SHELL2, SHELL3);
        assertTrue(b.lessons().stream().anyMatch(l -> l.title().equals("Editing <code>.bashrc</code>")),
                b.lessons().stream().map(l -> l.title()).toList().toString());
    }

    // A short sentence that ends with a colon announces the lines under it, whatever follows.

    @Test
    void keepsTheValuesAColonAnnouncesInAJobQueueArticle() throws Exception {
        Article a = page(DEV_MENU, "Writing a Tiny Job Queue", QUEUE1, QUEUE2, "Possible states are:",
                "“waiting”: not yet picked up.", "“done”: finished.", QUEUE3);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("Possible states are:"), text);
        assertTrue(text.contains("“waiting”: not yet picked up."), text);
    }

    @Test
    void keepsTheFlagsAColonAnnouncesInAShellArticle() throws Exception {
        Article a = page(SHELL_MENU, "Aliases and Functions in the Shell", SHELL1, SHELL2, "Useful flags are:",
                "-l for the long form,", "-a for hidden files,", SHELL3);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("Useful flags are:"), text);
        assertTrue(text.contains("-a for hidden files,"), text);
    }

    // "Notes:" over prose rather than numbered entries is a line of the article, not an empty notes list.

    @Test
    void keepsTheProseUnderANotesLabelInAJobQueueArticle() throws Exception {
        String note = "The queue must live in a database that survives a restart, or jobs are lost when it stops.";
        Article a = page(DEV_MENU, "Writing a Tiny Job Queue", QUEUE1, QUEUE2, "Notes:", note, QUEUE3);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains(note), text);
        assertTrue(text.contains(QUEUE3), text);
        assertTrue(a.endnotes().isEmpty());
    }

    @Test
    void keepsTheProseUnderANotesLabelInAShellArticle() throws Exception {
        String note = "An alias set at the prompt lasts only until the terminal is closed, unlike one in the file.";
        Article a = page(SHELL_MENU, "Aliases and Functions in the Shell", SHELL1, "Notes", note, SHELL2, SHELL3);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains(note), text);
        assertTrue(text.contains(SHELL3), text);
    }

    // A comment count above the first paragraph is the line under the title: the article follows it, not comments.

    @Test
    void readsAJobQueueArticleBelowItsCommentCount() throws Exception {
        Article a = page(DEV_MENU, "Writing a Tiny Job Queue", "on May 2, 2024", "2 comments", QUEUE1, QUEUE2,
                QUEUE3);
        assertEquals(List.of(QUEUE1, QUEUE2, QUEUE3), a.lessons().getFirst().paragraphs());
    }

    @Test
    void readsAShellArticleBelowItsResponseCount() throws Exception {
        Article a = page(SHELL_MENU, "Aliases and Functions in the Shell", "14 responses", SHELL1, SHELL2, SHELL3);
        assertEquals(List.of(SHELL1, SHELL2, SHELL3), a.lessons().getFirst().paragraphs());
    }

    // A section called "Response" (of a request, of a body) is not the readers' responses.

    @Test
    void aSectionCalledResponseIsNotTheComments() throws Exception {
        String body = "The worker answers with a small record that says whether the job ran and how long it took, "
                + "which the caller may log.";
        Article a = page(DEV_MENU, "Writing a Tiny Job Queue", QUEUE1, QUEUE2, QUEUE3, "Response", body);
        assertTrue(Fixtures.allLessonText(a).contains(body));
        String immune = "The immune response to a bee sting is a swelling that lasts a day or two in most people and "
                + "goes down by itself.";
        Article b = page(SHELL_MENU, "Bee Stings", SHELL1, SHELL2, SHELL3, "Response", immune);
        assertTrue(Fixtures.allLessonText(b).contains(immune));
        assertFalse(NoiseRules.reasonFor("Responses").isEmpty());
        assertFalse(NoiseRules.reasonFor("1 response").isEmpty());
    }

    // A generic file name (source.txt, index.txt, Untitled.txt) is never the title when a heading-like line leads the text.

    @Test
    void aPageSavedAsSourceTakesItsTitleFromItsFirstHeadingLine() throws Exception {
        Article a = Fixtures.read("source.txt", String.join("\n", "Queues", QUEUE1, QUEUE2, QUEUE3));
        assertEquals("Queues", a.title());
        Article b = Fixtures.read("Untitled (2).txt", String.join("\n", "Shell Aliases for Everyday Work",
                SHELL1, SHELL2, SHELL3));
        assertEquals("Shell Aliases for Everyday Work", b.title());
        assertEquals(List.of(SHELL1, SHELL2, SHELL3), b.lessons().getFirst().paragraphs());
    }

    @Test
    void aLongFirstLineOfAPageSavedAsIndexIsItsTitle() throws Exception {
        String head = "Why every small team should run its own job queue: lessons from three years of keeping one";
        Article a = Fixtures.read("index.txt", String.join("\n", head, QUEUE1, QUEUE2, QUEUE3));
        assertEquals(head, a.title());
        Article b = Fixtures.read("shell-notes.txt", String.join("\n", "Aliases", SHELL1, SHELL2, SHELL3));
        assertFalse(a.title().equals("Index"));
        assertTrue(b.title().equals("Shell notes") || b.title().equals("Aliases"), b.title());
    }

    // A lone paragraph of three sentences or more above the first heading is the article's opening, kept as text;
    // a standfirst of one or two sentences stays the summary only.

    @Test
    void keepsTheOpeningParagraphOfAJobQueueArticle() throws Exception {
        String opening = QUEUE1 + " " + QUEUE2 + " It runs beside the web server.";
        Article a = page(DEV_MENU, "Writing a Tiny Job Queue", opening, "Retries", QUEUE3, QUEUE3.replace("When",
                "Whenever"));
        assertTrue(Fixtures.allLessonText(a).contains(opening));
    }

    @Test
    void keepsTheOpeningParagraphOfAShellArticleButNotItsStandfirst() throws Exception {
        String opening = SHELL1 + " " + SHELL2 + " Both save time.";
        Article a = page(SHELL_MENU, "Aliases and Functions in the Shell", opening, "Functions", SHELL3,
                SHELL3.replace("A function", "A shell function"));
        assertTrue(Fixtures.allLessonText(a).contains(opening));
        String standfirst = "How to give long commands short names. It works in any shell.";
        Article b = page(SHELL_MENU, "Aliases and Functions in the Shell", standfirst, "Functions", SHELL3,
                SHELL1, SHELL2);
        assertEquals(standfirst, b.summary());
        assertFalse(Fixtures.allLessonText(b).contains(standfirst));
    }

    // Where a page sets its paragraphs apart with blank lines, teasers packed line after line under "Related" do not
    // resume the article, however long they are; a paragraph set apart does.

    @Test
    void packedTeasersUnderRelatedCoverageStayInTheBox() throws Exception {
        String teaser1 = "Why workers crash at night: A look at memory leaks in long-running processes and what the "
                + "logs of three busy teams showed about them.";
        String teaser2 = "Scheduling cron jobs in containers: The tricks that keep a nightly task from running twice "
                + "when two copies of a service start at once.";
        String text = String.join("\n", "Byte Garden", "Writing a Tiny Job Queue", "", QUEUE1, "", QUEUE2, "",
                QUEUE3, "", "Related coverage", teaser1, teaser2, "", QUEUE3.replace("When", "Whenever"), "");
        Article a = Fixtures.read("queue.txt", text);
        String all = Fixtures.allLessonText(a);
        assertFalse(all.contains("memory leaks"), all);
        assertFalse(all.contains("cron jobs"), all);
        assertTrue(all.contains(QUEUE2), all);
    }

    @Test
    void aParagraphSetApartAfterRelatedResumesTheShellArticle() throws Exception {
        String teaser = "Ten prompts worth copying: Colours, clocks and the git branch in the prompt of every shell "
                + "we could find this spring.";
        String more = "Functions can also be kept in a file of their own and read by the start-up file, which keeps "
                + "the start-up file short and easy to read for the next person.";
        String text = String.join("\n", "Terminal Notes", "Aliases and Functions in the Shell", "", SHELL1, "",
                SHELL2, "", "Related", teaser, "", SHELL3, "", more, "");
        Article a = Fixtures.read("shell.txt", text);
        String all = Fixtures.allLessonText(a);
        assertFalse(all.contains("Ten prompts"), all);
        assertTrue(all.contains(SHELL3), all);
        assertTrue(all.contains(more), all);
        assertEquals("related links", NoiseRules.reasonFor("Related coverage").orElse(""));
    }
}
