package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A footer's rows of links, each copied as one long line ("World ▪ Politics ▪ ...", "Terms | Privacy | ..."), and an
 * index of letters, cost like short lines in text copied from a whole page ({@link MainText},
 * {@link LineShape#isLinkRow}): the article ends before them. A sentence with a bar or a dot in it is still prose.
 */
class LinkRowTest {

    private static final List<String> HARBOUR = List.of(
            "The harbour board agreed on Monday to rebuild the north pier, which has been closed to boats since part "
                    + "of its deck gave way during the gales at the end of last winter.",
            "Engineers will drive new piles beside the old timber ones and lay a concrete deck over them, a method "
                    + "that lets the fishing fleet keep using the south side of the pier while the work goes on.",
            "The board expects the work to take eighteen months. Opening hours for the fish market stay the same: "
                    + "6 to 11 | closed on Sundays, the market manager said after the meeting.",
            "Fishermen at the meeting asked for a second crane on the new pier, and the board said it would look at "
                    + "the cost once the contractor has surveyed the sea bed under the old deck.",
            "Money for the project comes from the regional development fund and from the harbour's own reserves, "
                    + "which the board has been building up for a decade in case of exactly such a failure.");

    private static final List<String> WORKSHOP = List.of(
            "A cabinet maker's first lesson is that wood moves: it swells in damp weather and shrinks in dry, and a "
                    + "panel glued tight into its frame will split the first winter the heating comes on.",
            "That is why old doors have panels that float in grooves, held by the frame but free to move across "
                    + "their width, while the frame itself is joined with mortise and tenon at each corner.",
            "Cut the grooves first, a little deeper than the panel needs, then size the panel so that it sits a few "
                    + "millimetres short of the bottom of each groove · on every side · in summer and winter alike.",
            "Finish the panel before you assemble the door. If you oil it afterwards, a bare strip shows at the "
                    + "edges every time the panel shrinks, and the door looks as if it had been patched.");

    private static String read(List<String> lines) throws Exception {
        return Fixtures.allLessonText(Fixtures.read("source.txt", String.join("\n\n", lines)));
    }

    @Test
    void aNewsFootersRowsOfLinksAreNotTheArticle() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Harbour Post", "News", "Sport", "Search",
                "North pier to be rebuilt after winter gales", "By Ruth Calder", "March 3, 2023"));
        lines.addAll(HARBOUR);
        lines.addAll(List.of("Share", "Print",
                "Sections World ▪ Politics ▪ Business ▪ Fishing news ▪ Weather ▪ Tide tables ▪ Ferry times ▪ Letters "
                        + "▪ Obituaries ▪ Property ▪ Jobs ▪ Motors ▪ Puzzles ▪ Television ▪ Local history ▪ Archive",
                "Follow us",
                "Our services Subscribe ▪ Digital edition ▪ Newsletters ▪ Advertise with us ▪ Buy a photo ▪ Reader "
                        + "offers ▪ Announcements ▪ Family notices ▪ Contact the newsroom ▪ Send us your story",
                "Topics A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
                "© 2023 Harbour Post | Terms of use | Privacy notice | Cookie settings | Accessibility | Complaints "
                        + "| Corrections | Modern slavery statement | Site map | About us | Careers"));
        String text = read(lines);
        HARBOUR.forEach(p -> assertTrue(text.contains(p), "paragraph kept: " + p + "\n" + text));
        assertFalse(text.contains("Tide tables"), text);
        assertFalse(text.contains("Family notices"), text);
        assertFalse(text.contains("Cookie settings"), text);
        assertFalse(text.contains("V W X Y Z"), text);
    }

    @Test
    void aBlogsFooterOfBarredLinksIsNotTheArticle() throws Exception {
        List<String> lines = new ArrayList<>(List.of("The Bench Notebook", "Home", "About", "Floating panels",
                "June 9, 2021"));
        lines.addAll(WORKSHOP);
        lines.addAll(List.of("Tags: joinery, doors",
                "Projects | Tools | Timber guide | Finishes | Sharpening | Workshop tour | Reader questions | "
                        + "Courses | Books I use | Suppliers | Glossary | Archive by year | Contact me | Workbench plans | "
                        + "Hand planes | Chisels | Saw care | Glue | Clamps | Shop safety | Dust extraction | Lumber yards",
                "Glossary A B C D E F G H I J K L M N O P R S T U V W",
                "Copyright 2021 · All rights reserved · Privacy policy · Cookie policy · Affiliate disclosure · "
                        + "Terms · Sitemap · RSS feed · Made with a plain text editor"));
        String text = read(lines);
        WORKSHOP.forEach(p -> assertTrue(text.contains(p), "paragraph kept: " + p + "\n" + text));
        assertFalse(text.contains("Timber guide"), text);
        assertFalse(text.contains("Affiliate disclosure"), text);
        assertFalse(text.contains("R S T U V W"), text);
    }
}
