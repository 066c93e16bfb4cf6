package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A line of two to four capitalised words is the author only where pages print a bare name as the byline: first
 * under the title, after a lone "By", or beside a date. Elsewhere such a line is as likely a button ("Play Video",
 * "Share Tweet Share") or a site's name. A byline stops before the date the page prints after the name.
 */
class BareNameBylineTest {

    private static final String TEXT = """
            The town's library will open on Sundays from next month, after readers asked for longer hours in a \
            survey that drew more than two thousand answers over the winter.

            The council will pay for the extra day from its arts budget, and the library will hire two new staff \
            to cover the weekend shifts.

            Readers will be able to borrow and return books, use the computers and join the reading groups on \
            Sundays, as on any other day of the week.
            """;

    @Test
    void aButtonOfCapitalisedWordsAboveTheTextIsNotTheAuthor() throws Exception {
        String page = """
                [Home](/) [Local](/local)

                # Library to open on Sundays

                5 min read

                Play Video

                Share Tweet Share

                """ + TEXT;
        Article a = Fixtures.read("library.md", page);
        assertEquals("", a.author());
    }

    @Test
    void aNameUnderALoneByOrBesideADateIsTheAuthor() throws Exception {
        String underBy = """
                # Library to open on Sundays

                5 min read

                By

                [Maria Lopez](/authors/maria-lopez)

                Town reporter

                """ + TEXT;
        assertEquals("Maria Lopez", Fixtures.read("library.md", underBy).author());

        String besideDate = """
                # Library to open on Sundays

                5 min read

                Daniel Okafor

                June 3, 2024

                """ + TEXT;
        assertEquals("Daniel Okafor", Fixtures.read("library.md", besideDate).author());
    }

    @Test
    void aBylineStopsBeforeTheDateThatFollowsTheName() throws Exception {
        String page = """
                Library to open on Sundays
                By Erin Walsh March 18 at 3:57 PM
                """ + TEXT;
        assertEquals("Erin Walsh", Fixtures.read("library.txt", page).author());
        String linked = "# Library to open on Sundays\n\nBy [Tom Price](/tom) June 2, 2024\n\n" + TEXT;
        assertEquals("Tom Price", Fixtures.read("library.md", linked).author());
    }
}
