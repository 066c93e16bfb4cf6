package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.DroppedLine;

/**
 * Text copied from a whole web page ("select all, copy, paste"): menus, share rows, teasers, comments and footers
 * around one article. Each rule is checked on two different hand-written pages.
 */
class WholePageTextTest {

    private static final List<String> BAKERY_MENU = List.of("The Crumb Post", "Home", "Recipes", "Baking School",
            "Equipment", "Shop", "Newsletter", "Search");
    private static final String BREAD1 = "A sourdough starter is a living culture of wild yeast and lactic acid "
            + "bacteria that the baker feeds with flour and water every day.";
    private static final String BREAD2 = "The bacteria make the acids that give sourdough bread its tang, while the "
            + "yeast makes the gas that lifts the loaf in the oven.";
    private static final String BREAD3 = "A starter that doubles within six hours of a feeding is strong enough to "
            + "raise a loaf, and a weak one only needs a few more days of regular feeding.";
    private static final String BREAD4 = "Bakers who keep their starter in the fridge feed it once a week and take "
            + "it out the evening before they bake, so that it wakes up in time.";

    private static final List<String> HARBOUR_MENU = List.of("Coastal Heritage Review", "News", "History",
            "Places", "People", "Events", "Donate", "Contact");
    private static final String LIGHT1 = "The first lighthouse on the headland was a coal fire in an iron basket, "
            + "lit every evening by a keeper who climbed a wooden tower with the fuel on his back.";
    private static final String LIGHT2 = "In 1822 the fire was replaced by oil lamps behind curved mirrors, which "
            + "threw the light three times as far out to sea as the open flame had.";
    private static final String LIGHT3 = "The stone tower that stands today was built in 1856, and its lens, made of "
            + "hundreds of glass prisms, turned on a bath of mercury so that it barely made a sound.";
    private static final String LIGHT4 = "Keepers lived in the cottages at the foot of the tower until the light was "
            + "automated in 1989, and the cottages now hold a small museum about their lives.";

    private static Article page(List<String> head, String... rest) throws Exception {
        List<String> lines = new java.util.ArrayList<>(head);
        lines.addAll(List.of(rest));
        return Fixtures.read("page.txt", String.join("\n", lines));
    }

    private static String reason(Article a, String line) {
        return a.dropped().stream().filter(d -> d.text().equals(line)).map(DroppedLine::reason).findFirst()
                .orElse("not dropped");
    }

    // The main text is the densest span of prose: what lies beyond a long run of page furniture is not the article.

    @Test
    void dropsATeaserParagraphBeyondTheFooterOfABakingPage() throws Exception {
        String teaser = "Our sister site covers gardening every week, with new guides on soil, seeds and compost "
                + "for beginners and experts alike.";
        Article a = page(BAKERY_MENU, "How to Keep a Sourdough Starter Alive", "By Mara Lindqvist", BREAD1,
                BREAD2, BREAD3, BREAD4, "Share", "Tweet", "Pin it", "Email", "More from The Crumb Post",
                "Best Bread Knives", "Rye Bread Basics", "Baking With Kids", "About Us", "Careers", "Advertise",
                "Privacy Policy", teaser, "© 2025 The Crumb Post");
        assertEquals(List.of(BREAD1, BREAD2, BREAD3, BREAD4), a.lessons().getFirst().paragraphs());
        assertEquals("outside the main text", reason(a, teaser));
    }

    @Test
    void dropsAPromotionParagraphAboveTheMenuOfALighthousePage() throws Exception {
        String promo = "Members get free entry to every museum on the coast and a printed magazine four times a "
                + "year, so join today and support our work.";
        List<String> head = new java.util.ArrayList<>(List.of(promo));
        head.addAll(HARBOUR_MENU);
        head.addAll(List.of("Archive", "Shop", "Volunteer", "Press"));
        Article a = page(head, "The Lighthouse on the Headland", "By Tomas Reid", LIGHT1, LIGHT2, LIGHT3, LIGHT4);
        assertEquals(List.of(LIGHT1, LIGHT2, LIGHT3, LIGHT4), a.lessons().getFirst().paragraphs());
        assertFalse(Fixtures.allLessonText(a).contains("Members get free entry"));
    }

    // The title is the heading-like line above the main text that names what it is about, not the site's name.

    @Test
    void findsTheTitleOfABakingPageBelowTheSiteNameAndMenu() throws Exception {
        Article a = page(BAKERY_MENU, "How to Keep a Sourdough Starter Alive", "By Mara Lindqvist", "March 3, 2025",
                "Share", BREAD1, BREAD2, BREAD3);
        assertEquals("How to Keep a Sourdough Starter Alive", a.title());
        assertEquals("Mara Lindqvist", a.author());
    }

    @Test
    void findsTheTitleOfALighthousePageAmongTeaserHeadlines() throws Exception {
        Article a = page(HARBOUR_MENU, "Saving the Old Pier Tea Rooms", "A Day Out at Fisher Bay",
                "The Lighthouse Keepers of the Headland", "Tomas Reid", "12 June 2024", LIGHT1, LIGHT2, LIGHT3, LIGHT4);
        assertEquals("The Lighthouse Keepers of the Headland", a.title());
    }

    @Test
    void prefersTheTitleAPageRepeatsInItsShareBox() throws Exception {
        Article a = page(HARBOUR_MENU, "Lighthouse Lenses and Mirrors", "The Lighthouse on the Headland",
                "Share The Lighthouse on the Headland", "The Lighthouse on the Headland", LIGHT1, LIGHT2, LIGHT3);
        assertEquals("The Lighthouse on the Headland", a.title());
        Article b = page(BAKERY_MENU, "How to Keep a Sourdough Starter Alive", "Starter Feeding Schedule",
                "How to Keep a Sourdough Starter Alive", "Share", BREAD1, BREAD2, BREAD3);
        assertEquals("How to Keep a Sourdough Starter Alive", b.title());
    }

    // Readers' comments are prose too, but they come after the article: a comment heading ends it.

    @Test
    void endsABakingArticleAtItsCommentCount() throws Exception {
        String comment = "I tried this with whole wheat flour and my starter doubled in four hours, which surprised "
                + "me a lot because the kitchen was cold.";
        Article a = page(BAKERY_MENU, "How to Keep a Sourdough Starter Alive", BREAD1, BREAD2, BREAD3, BREAD4,
                BREAD1.replace("A sourdough starter", "Every starter"), BREAD2.replace("The bacteria", "Its bacteria"),
                "There are 2 comments", "Jo Baker", comment, "Sam Field",
                "Mine smells of nail polish remover after a week in the fridge, so I feed it twice before baking now "
                        + "and it recovers well.");
        assertFalse(Fixtures.allLessonText(a).contains("whole wheat flour"));
        assertEquals("outside the main text", reason(a, comment));
    }

    @Test
    void endsALighthouseArticleWhereTheCommentFormStarts() throws Exception {
        String comment = "My grandfather was one of the last keepers there and he always said the mercury bath "
                + "was the part of the job he liked least.";
        Article a = page(HARBOUR_MENU, "The Lighthouse on the Headland", LIGHT1, LIGHT2, LIGHT3, LIGHT4,
                LIGHT1.replace("The first", "The earliest"), "Leave a comment", comment);
        assertFalse(Fixtures.allLessonText(a).contains("grandfather"));
    }

    // A long line that is not in Title Case is a sentence that lost its full stop, not a heading or a stray line.

    @Test
    void keepsUnpunctuatedListItemsOfABakingArticle() throws Exception {
        String item1 = "Feed the starter with equal weights of flour and water every morning before work";
        String item2 = "Keep the jar somewhere warm but out of direct sunlight while it ferments";
        Article a = page(BAKERY_MENU, "How to Keep a Sourdough Starter Alive", BREAD1, "What to do each day:",
                item1, item2, BREAD2, BREAD3);
        assertTrue(a.lessons().getFirst().paragraphs().containsAll(List.of(item1, item2)));
    }

    @Test
    void keepsAnUnpunctuatedReleaseNoteOfALighthouseArticle() throws Exception {
        String note = "Thanks to the volunteers the lens can now be seen from the gallery on open days in summer";
        Article a = page(HARBOUR_MENU, "The Lighthouse on the Headland", LIGHT1, LIGHT2, note, LIGHT3, LIGHT4);
        assertTrue(a.lessons().getFirst().paragraphs().contains(note));
    }

    // A box of related links holds titles and teasers; the article resumes at the next full paragraph.

    @Test
    void resumesABakingArticleAfterARelatedLinksBox() throws Exception {
        String teaser = "Rye bread basics, and why dense loaves are worth the effort.";
        Article a = page(BAKERY_MENU, "How to Keep a Sourdough Starter Alive", BREAD1, BREAD2, "Related", teaser,
                BREAD3, BREAD4);
        assertEquals(List.of(BREAD1, BREAD2, BREAD3, BREAD4), a.lessons().getFirst().paragraphs());
        assertEquals("related links", reason(a, teaser));
    }

    @Test
    void resumesALighthouseArticleAfterARecommendedBox() throws Exception {
        String teaser = "A day out at Fisher Bay, where the tea rooms on the old pier have opened again.";
        Article a = page(HARBOUR_MENU, "The Lighthouse on the Headland", LIGHT1, LIGHT2, "Recommended", teaser,
                LIGHT3, LIGHT4);
        assertEquals(List.of(LIGHT1, LIGHT2, LIGHT3, LIGHT4), a.lessons().getFirst().paragraphs());
        assertFalse(Fixtures.allLessonText(a).contains("Fisher Bay"));
    }

    // A banner is a heading candidate whose words the text never uses and which carries a number.

    @Test
    void dropsAnEventBannerBetweenTheParagraphsOfABakingArticle() throws Exception {
        Article a = Fixtures.read("starter.txt", String.join("\n\n", "Keeping a Starter", "Feeding", BREAD1,
                "Summer Festival 2025", BREAD2, "Storing", BREAD3));
        assertEquals(List.of("Feeding", "Storing"), Fixtures.titles(a));
        assertEquals("banner unrelated to the text around it", reason(a, "Summer Festival 2025"));
    }

    @Test
    void dropsAPrizeDrawBannerBetweenTheParagraphsOfALighthouseArticle() throws Exception {
        Article a = Fixtures.read("light.txt", String.join("\n\n", "The Headland Light", "Fire and Oil", LIGHT1,
                "Win 2 Cruise Tickets", LIGHT2, "The Stone Tower", LIGHT3));
        assertEquals(List.of("Fire and Oil", "The Stone Tower"), Fixtures.titles(a));
        assertEquals(List.of(LIGHT1, LIGHT2), Fixtures.lesson(a, "Fire and Oil").paragraphs());
    }

    // Code, list items and what a colon announces cost little: articles hold them between their paragraphs.

    @Test
    void keepsTheParagraphAfterACodeListingInAProgrammingArticle() throws Exception {
        String p1 = "A retry loop waits a little longer after every failed call, so that a struggling server gets "
                + "time to recover instead of a flood of requests.";
        String p2 = "The delay doubles each time and is capped, and the random jitter keeps many clients from "
                + "retrying at the same moment.";
        Article a = page(List.of("Dev Notes", "Home", "Archive", "About"), "Retrying Calls With Backoff", p1,
                "Here is the loop:", "for (int i = 0; i < 5; i++) {", "try {", "return call();",
                "} catch (IOException e) {", "sleep(delay);", "delay = Math.min(delay * 2, max);", "}", "}", p2);
        assertTrue(Fixtures.allLessonText(a).contains(p2));
    }

    @Test
    void keepsTheParagraphAfterAnIngredientListInARecipe() throws Exception {
        String p1 = "This loaf needs nothing but a strong starter, good flour and a long cold night in the fridge "
                + "before it goes into a very hot oven.";
        String p2 = "Mix everything except the salt, rest it for an hour, then add the salt and fold the dough "
                + "every half hour for the next three hours.";
        Article a = page(BAKERY_MENU, "An Easy Country Loaf", p1, "You will need:", "500 g bread flour",
                "350 g water", "100 g starter", "10 g salt", "A round basket", "A heavy pot with a lid",
                "A sharp blade", "Rice flour for dusting", p2);
        assertTrue(Fixtures.allLessonText(a).contains(p2));
    }

    // A heading has a caption or two beside it; a longer run of short lines is a list of links.

    @Test
    void dropsAGalleryOfTeaserHeadlinesInsideABakingArticle() throws Exception {
        Article a = page(BAKERY_MENU, "How to Keep a Sourdough Starter Alive", BREAD1, BREAD2, "Rye Bread Basics",
                "Best Bread Knives", "Baking With Kids", "Why Bread Goes Stale", "Feeding Through the Week", BREAD3,
                BREAD4);
        assertEquals("list of links", reason(a, "Rye Bread Basics"));
        assertFalse(Fixtures.allLessonText(a).contains("Bread Knives"));
        assertEquals(List.of(BREAD3, BREAD4), Fixtures.lesson(a, "Feeding Through the Week").paragraphs());
    }

    @Test
    void dropsAListOfEventLinksInsideALighthouseArticle() throws Exception {
        Article a = page(HARBOUR_MENU, "The Lighthouse on the Headland", LIGHT1, LIGHT2, "Open Days",
                "Night Tours", "School Visits", "Lens Room Talks", "Keepers' Cottages Museum", LIGHT3, LIGHT4);
        assertEquals("list of links", reason(a, "Night Tours"));
        assertFalse(Fixtures.allLessonText(a).contains("School Visits"));
    }

    // A box of teasers alternates headlines and single paragraphs; only two paragraphs in a row resume the article.

    @Test
    void dropsTeasersWithLongBlurbsAfterABakingArticle() throws Exception {
        String blurb = "Our tester baked forty loaves with six different knives and found that the cheapest serrated "
                + "blade cut the crust as cleanly as the most expensive one did.";
        Article a = page(BAKERY_MENU, "How to Keep a Sourdough Starter Alive", BREAD1, BREAD2, BREAD3,
                "More Baking Stories", "The Best Bread Knives", blurb, "Rye Bread Basics", BREAD4);
        assertEquals("related links", reason(a, blurb));
        assertFalse(Fixtures.allLessonText(a).contains("forty loaves"));
    }

    @Test
    void dropsTeasersWithLongBlurbsAfterALighthouseArticle() throws Exception {
        String blurb = "Volunteers have spent three winters repairing the tea rooms on the old pier, and they open "
                + "again this summer with the original tiles and a new roof.";
        Article a = page(HARBOUR_MENU, "The Lighthouse on the Headland", LIGHT1, LIGHT2, LIGHT3, "Related stories",
                "Saving the Old Pier Tea Rooms", blurb, "A Day Out at Fisher Bay", LIGHT4);
        assertEquals("related links", reason(a, blurb));
    }
}
