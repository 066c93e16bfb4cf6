package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * Shape rules for whole web pages saved as Markdown or text, each on two small articles: a run of names without a
 * sentence is a menu, a card's teaser heading ends with its card, a box of related links ends where the article's
 * paragraphs resume.
 */
class PageShapeRulesTest {

    private static String links(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "*   [" + prefix + " " + i + "](/" + prefix + i + ")")
                .collect(Collectors.joining("\n")) + "\n\n";
    }

    /** A language picker as a page copies it when its options are not links: names, each with its language. */
    private static String picker() {
        return "*   Change language: " + List.of("Argentina (español)", "Australia (English)", "België (Nederlands)",
                "Belgique (français)", "Brasil (português)", "Canada (English)", "Canada (français)", "Chile (español)",
                "Danmark (Dansk)", "Deutschland (Deutsch)", "España (español)", "France (français)", "India (English)",
                "Ireland (English)", "Italia (italiano)", "Malaysia (English)", "México (español)", "Nederland (Nederlands)",
                "New Zealand (English)", "Norge (norsk)", "Österreich (Deutsch)", "Perú (español)", "Polska (polski)",
                "Portugal (Português)", "Schweiz (Deutsch)", "Singapore (English)", "South Africa (English)",
                "Suisse (français)", "Suomi (suomi)", "Sverige (svenska)", "Türkiye (Türkçe)", "United Kingdom (English)",
                "United States (English)", "Venezuela (español)", "Việt Nam (Tiếng Việt)", "Ελλάδα (ελληνικά)",
                "Россия (Pусский)", "日本 (日本語)").stream().collect(Collectors.joining(" ")) + "\n\n";
    }

    /** A card: one link around a picture and a headline, as converters write it. */
    private static String card(String headline, String url) {
        return "[\n\n![" + headline + "](/img/" + url + ".jpg)\n\n#### " + headline + "\n\n](/news/" + url + ")\n\n";
    }

    @Test
    void aRunOfNamesWithoutASentenceIsAMenu() {
        assertTrue(LineShape.isNameList(picker().substring(4)));
        assertTrue(LineShape.isNameList("Tags: " + IntStream.rangeClosed(1, 25).mapToObj(i -> "Topic" + i + " Word")
                .collect(Collectors.joining(" "))));
        assertFalse(LineShape.isNameList("Die Stadt Hamburg liegt an der Elbe und hat einen der größten Häfen Europas, "
                + "in dem jedes Jahr viele Schiffe aus aller Welt anlegen und ihre Ladung löschen"));
        assertFalse(LineShape.isNameList("Visitors from Argentina, Australia, Belgium, Brazil, Canada, Chile and "
                + "Denmark came to see the New Zealand team play the South Africa team in London. They stayed"));
    }

    @Test
    void keepsANewsStoryUnderItsHeadlineAboveWhichALanguagePickerStands() throws Exception {
        String page = "# [Daily Courier](/)\n\n" + picker() + links("Section", 12)
                + "# Game studio sets a date for its first phone game\n\n"
                + card("Another story about phones", "phones") + card("A second teaser", "second")
                + "The studio said on Tuesday that its first game for phones will go on sale on the fifteenth of "
                + "December, for a single price and with no purchases inside the game.\n\n"
                + "Players steer nothing but the jumps: the hero runs on his own, and a tap on the screen makes him "
                + "leap over gaps and enemies.\n\n"
                + "A version for other phones will follow at a later date that the studio has not named.\n\n"
                + links("Footer", 10);
        Article a = Fixtures.read("source.md", page);
        assertEquals("Game studio sets a date for its first phone game", a.title());
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("tap on the screen"), text);
        assertFalse(text.contains("español"), text);
        assertFalse(text.contains("Another story"), text);
        assertEquals(List.of(a.title()), Fixtures.titles(a));
    }

    @Test
    void keepsAGardeningPostBelowATagCloudWithoutLinks() throws Exception {
        String tags = "Topics: " + IntStream.rangeClosed(1, 40).mapToObj(i -> "Garden" + i + " Plants")
                .collect(Collectors.joining(" ")) + "\n\n";
        String page = links("Menu", 8) + tags + "# Tomatoes that ripen in a cool summer\n\n"
                + "Gardeners in the north have long struggled to ripen tomatoes before the first frost, but a few "
                + "older varieties set fruit even when the nights stay cold.\n\n"
                + "The trick is to choose small-fruited plants and to grow them against a south-facing wall, which "
                + "gives back the warmth of the day at night.\n\n" + links("Footer", 8);
        Article a = Fixtures.read("page.md", page);
        assertEquals("Tomatoes that ripen in a cool summer", a.title());
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("south-facing wall"), text);
        assertFalse(text.contains("Garden7"), text);
    }

    private static String longParagraph(String topic) {
        return "The " + topic + " has a long history in the region, and people who live here talk about it often, "
                + "because it shaped the way the towns grew, where the roads were laid and which trades prospered "
                + "over the centuries that followed its beginnings. Historians have written many books about the "
                + topic + ", and each of them adds a little to what the last one said, so that the story grows "
                + "richer with every year that passes and every record that is found in the archives of the old "
                + "town halls and churches. Visitors come to see what is left of it, and the museums show maps, "
                + "letters and tools that tell how it changed the lives of ordinary families.\n\n";
    }

    @Test
    void theStoryResumesAfterACardInsideARiverArticle() throws Exception {
        String page = links("Menu", 10) + "# The old river port\n\n" + longParagraph("river port")
                + card("The new bridge opens in May", "bridge")
                + "Barges still call at the port twice a week, carrying grain downstream and timber upstream, as "
                + "they did a hundred years ago.\n\n"
                + "The harbour master keeps a log of every boat, and the oldest volumes are on show in the town "
                + "library.\n\n" + links("Footer", 10);
        Article a = Fixtures.read("page.md", page);
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("twice a week"), text);
        assertTrue(text.contains("harbour master"), text);
    }

    @Test
    void theStoryResumesAfterACardInsideARailwayArticle() throws Exception {
        String page = links("Menu", 10) + "# The mountain railway\n\n" + longParagraph("mountain railway")
                + card("Pictures: the summit station", "summit")
                + "The line climbs more than a thousand metres in eleven kilometres, with a rack between the rails "
                + "for the steepest stretches.\n\n"
                + "Steam trains run on summer weekends, and a diesel railcar carries walkers the rest of the year.\n\n"
                + links("Footer", 10);
        Article a = Fixtures.read("page.md", page);
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("rack between the rails"), text);
        assertTrue(text.contains("diesel railcar"), text);
    }

    @Test
    void aRelatedLinksBoxInAMarkdownArticleEndsWhereTwoParagraphsFollow() throws Exception {
        String page = "# Winter swimming\n\n## Why people do it\n\n" + longParagraph("winter swimming club")
                + "## More from our site\n\n* [Ten lakes to visit](/lakes)\n* [A sauna guide](/sauna)\n\n"
                + longParagraph("cold water habit")
                + "Doctors advise newcomers to start in early autumn, while the water is still mild, and to stay in "
                + "for no more than a minute or two at first.\n\n";
        Article a = Fixtures.read("winter.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("The cold water habit has a long history"), text);
        assertTrue(text.contains("start in early autumn"), text);
        assertFalse(text.contains("Ten lakes"), text);
    }

    @Test
    void aRelatedLinksBoxInAnHtmlArticleEndsWhereTwoParagraphsFollow() throws Exception {
        String page = "<html><head><title>Village bakeries</title></head><body><article><h1>Village bakeries</h1>"
                + "<h2>The morning round</h2><p>" + longParagraph("village bakery").strip() + "</p>"
                + "<h2>Related stories</h2><ul><li><a href='/a'>Bread prices rise</a></li>"
                + "<li><a href='/b'>A mill reopens</a></li></ul>"
                + "<p>" + longParagraph("sourdough starter").strip() + "</p>"
                + "<p>Most bakers still light their ovens before four in the morning, so that the first loaves are "
                + "on the shelves when the village wakes up.</p></article></body></html>";
        Article a = Fixtures.read("bakeries.html", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("The sourdough starter has a long history"), text);
        assertTrue(text.contains("before four in the morning"), text);
        assertFalse(text.contains("Bread prices"), text);
    }

    @Test
    void aBlogPostSavedAsSourceMdIsNamedByTheHeadingAboveItsText() throws Exception {
        String page = "## 06 December 2016\n\n### Saving power in small data centres\n\n"
                + "Small data centres waste much of their power on cooling, because their rooms were built for "
                + "offices and not for racks of servers that run day and night.\n\n"
                + "Moving the warm air out through the ceiling cut the bill of one centre by a fifth in a year.\n\n";
        Article a = Fixtures.read("source.md", page);
        assertEquals("Saving power in small data centres", a.title());
    }

    @Test
    void aStorySavedAsIndexMdIsNamedByTheHeadingThePagePrintsTwice() throws Exception {
        String page = "Ready to publish? Change the title of the story before others can see it, as you need.\n\n"
                + "#### Why bridges sing in the wind\n\n*   Share on Twitter\n*   Share by email\n\n"
                + "### Why bridges sing in the wind\n\n"
                + "Long bridges hum when the wind blows across their cables at the right speed, and the note changes "
                + "as the wind rises and falls.\n\n"
                + "#### The cables\n\nEach cable shakes at its own frequency, like the string of a guitar that "
                + "nobody plucks.\n\n";
        Article a = Fixtures.read("index.md", page);
        assertEquals("Why bridges sing in the wind", a.title());
        assertFalse(Fixtures.allLessonText(a).contains("Ready to publish"));
    }

    @Test
    void aHandWrittenFileWithANameKeepsItsFirstHeadingAsASection() throws Exception {
        String page = "## Why bridges sing\n\nLong bridges hum when the wind blows across their cables at the right "
                + "speed, and the note changes as the wind rises and falls.\n\n";
        Article a = Fixtures.read("bridge-notes.md", page);
        assertEquals("Bridge notes", a.title());
    }

    private static String slides(String subject) {
        return IntStream.rangeClosed(1, 12).mapToObj(k -> "*   ## " + k + "/12 " + subject + " headline number " + k
                + "\n\n    The caption of picture " + k + " describes another story of the week, with a name, a place "
                + "and what the company said about it when asked.\n\n    Getty\n\n").collect(Collectors.joining());
    }

    private static String markdownArticle(String title, String topic, String insert) {
        return links("Menu", 10) + "# " + title + "\n\n" + longParagraph(topic) + insert + "### What happens next\n\n"
                + longParagraph(topic + " council") + links("Footer", 12);
    }

    @Test
    void aGalleryInsideAHotelStoryIsDroppedAndTheStoryGoesOnAfterIt() throws Exception {
        Article a = Fixtures.read("source.md", markdownArticle("What hotel owners do not say", "hotel trade",
                slides("Business")));
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("The hotel trade council has a long history"), text);
        assertFalse(text.contains("describes another story"), text);
        assertTrue(a.dropped().stream().anyMatch(d -> d.reason().equals("photo gallery")));
    }

    @Test
    void aGalleryInsideAHarbourStoryIsDroppedAndTheStoryGoesOnAfterIt() throws Exception {
        Article a = Fixtures.read("source.md", markdownArticle("The harbour wall is rebuilt", "harbour wall",
                slides("Coast")));
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("The harbour wall council has a long history"), text);
        assertFalse(text.contains("describes another story"), text);
    }

    @Test
    void aDatelineHeadingIsNotASlide() throws Exception {
        Article a = Fixtures.read("source.md", markdownArticle("The market square", "market square",
                "##### 2/26/2015 7:11 AM PST BY STAFF\n\n"));
        assertFalse(a.dropped().stream().anyMatch(d -> d.reason().equals("photo gallery")));
    }

    @Test
    void aBlogPostCopiedWithItsBlogNameAndDateIsNamedByThePostTitle() throws Exception {
        String text = String.join("\n", "Circuit Notes", "Sunday, May 8, 2016", "An open toolchain for small logic chips",
                longParagraph("logic chip"), longParagraph("toolchain"));
        Article a = Fixtures.read("source.txt", text);
        assertEquals("An open toolchain for small logic chips", a.title());
    }

    @Test
    void aGardenDiaryCopiedWithItsNameAndDateIsNamedByTheEntryTitle() throws Exception {
        String text = String.join("\n", "The Allotment Year", "12 March 2021", "Sowing Broad Beans Under Glass",
                longParagraph("broad bean"), longParagraph("greenhouse"));
        Article a = Fixtures.read("diary.txt", text);
        assertEquals("Sowing Broad Beans Under Glass", a.title());
    }

    @Test
    void aTypedDocumentWithASubtitleKeepsItsFirstLineAsTheTitle() throws Exception {
        String text = String.join("\n", "Sowing Broad Beans", "A Guide for Beginners", longParagraph("broad bean"),
                longParagraph("greenhouse"));
        Article a = Fixtures.read("beans.txt", text);
        assertEquals("Sowing Broad Beans", a.title());
    }

    /** Labels as a converter writes a menu or a player's settings whose links it lost: a list of short items. */
    private static String labels(List<String> names) {
        return names.stream().map(n -> "*   " + n + "\n").collect(Collectors.joining()) + "\n";
    }

    private static final List<String> PLAYER = List.of("No item available", "Bottom", "Presets", "Text", "background",
            "effects", "Georgia", "Palatino Linotype", "Times New Roman", "Arial", "Arial Black", "Comic Sans MS",
            "Impact", "Lucida Sans Unicode", "Tahoma", "Trebuchet MS", "Verdana", "Courier New", "Lucida Console",
            "100% (opaque)", "75% (transparency)", "50% (transparency)");

    @Test
    void aVideoPlayersSettingsAboveAFlagStoryAreDropped() throws Exception {
        String page = links("Menu", 10) + "# Veteran's photo of her son sparks a debate\n\n" + labels(PLAYER)
                + longParagraph("flag photograph") + longParagraph("veterans' association") + links("Footer", 10);
        Article a = Fixtures.read("source.md", page);
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("The veterans' association has a long history"), text);
        assertFalse(text.contains("Palatino"), text);
        assertFalse(text.contains("Presets"), text);
    }

    @Test
    void aMenuWithoutLinksInsideAFerryStoryIsDropped() throws Exception {
        List<String> menu = IntStream.rangeClosed(1, 24).mapToObj(i -> "Section " + (char) ('A' + i)).toList();
        String page = "# New ferry for the island\n\n" + longParagraph("island ferry") + labels(menu)
                + longParagraph("harbour office");
        Article a = Fixtures.read("source.md", page);
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("The harbour office has a long history"), text);
        assertFalse(text.contains("Section C"), text);
    }

    @Test
    void aTableOfFiguresIsNotAMenu() throws Exception {
        List<String> cells = IntStream.rangeClosed(1, 12).mapToObj(i -> List.of("Release 4." + i, "May 20" + (10 + i)))
                .flatMap(List::stream).toList();
        String page = "# Kernel releases\n\n" + longParagraph("kernel release") + labels(cells)
                + longParagraph("stable branch");
        Article a = Fixtures.read("source.md", page);
        assertFalse(a.dropped().stream().anyMatch(d -> d.reason().equals("menu without links")));
    }

    private static String teaser(String label, String headline, String slug) {
        return "#### **" + label + "** [" + headline + "](/opinion/" + slug + ")\n\nTHE WRITER opens another column "
                + "here with a sentence or two that tempts the reader to click through to the whole piece.\n\n";
    }

    @Test
    void teasersWhoseHeadingIsMostlyALinkEndAColumnOnSurveillance() throws Exception {
        String page = links("Menu", 10) + "# Newspapers will not buckle over new surveillance laws\n\n"
                + longParagraph("surveillance bill") + longParagraph("press council") + "## Other opinion columns\n\n"
                + teaser("Editorial", "A prime minister's lasting legacy", "legacy")
                + teaser("Shopping", "Good for some, but I am not buying it", "shop") + links("Footer", 10);
        Article a = Fixtures.read("source.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("The press council has a long history"), text);
        assertFalse(text.contains("tempts the reader"), text);
    }

    @Test
    void teasersWhoseHeadingIsMostlyALinkEndAColumnOnSchools() throws Exception {
        String page = links("Menu", 10) + "# Schools should start later in the morning\n\n"
                + longParagraph("school timetable") + longParagraph("sleep research") + "## More columns\n\n"
                + teaser("Sport", "Why the derby still matters", "derby")
                + teaser("Travel", "A week on the canals without a car", "canals") + links("Footer", 10);
        Article a = Fixtures.read("source.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("The sleep research has a long history"), text);
        assertFalse(text.contains("tempts the reader"), text);
    }

    @Test
    void aSectionHeadingWithALinkInItStaysASection() throws Exception {
        String page = "# Working with version control\n\n" + longParagraph("version control") + longParagraph("team")
                + "## Branching strategies with [Git](https://git-scm.com) today\n\n" + longParagraph("branching model");
        Article a = Fixtures.read("source.md", page);
        assertTrue(Fixtures.allLessonText(a).contains("The branching model has a long history"));
    }
}
