package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Section;

/**
 * In Markdown, a short paragraph right under an image that opens with the image's alt text (two words or more) is the
 * image's caption, as web pages print the alt text again with a photo credit under the picture.
 */
class AltTextCaptionTest {

    private static List<String> captions(Article a) {
        return a.lessons().stream().flatMap(s -> s.captions().stream()).toList();
    }

    private static String paragraphs(Article a) {
        return String.join("\n", a.lessons().stream().map(Section::paragraphs).flatMap(List::stream).toList());
    }

    @Test
    void readsTheAltTextRepeatedWithACreditUnderAStepsPictureAsItsCaption() throws Exception {
        String page = "# How to pot a fern\n\n"
                + "Ferns like a loose, damp soil and a pot only a little wider than their roots, so choose a small "
                + "clay pot and a bag of peat-free compost before you start.\n\n"
                + "## Step 1\n\nFill the pot a third of the way with compost and press it down gently.\n\n"
                + "![Fill the pot with compost.](/img/fern-1.jpg)\n\n"
                + "Fill the pot with compost. (Ana Reyes)\n\n"
                + "## Step 2\n\nSet the fern in the middle and fill the gaps around it with more compost.\n\n"
                + "![Set the fern in the pot](/img/fern-2.jpg)\n\n"
                + "Set the fern in the pot (Ana Reyes)\n\n"
                + "Water it well and keep it out of direct sun for the first week while its roots settle.\n";
        Article a = Fixtures.read("fern.md", page);
        assertTrue(captions(a).contains("Fill the pot with compost. (Ana Reyes)"), captions(a).toString());
        assertTrue(captions(a).contains("Set the fern in the pot (Ana Reyes)"), captions(a).toString());
        assertFalse(paragraphs(a).contains("(Ana Reyes)"), paragraphs(a));
        assertTrue(paragraphs(a).contains("direct sun"), paragraphs(a));
    }

    @Test
    void readsTheAltTextRepeatedWithMoreDetailUnderAChartAsItsCaptionAndKeepsTheNextParagraph() throws Exception {
        String page = "# Rainfall in the valley\n\n"
                + "The valley had its wettest autumn in forty years, with rain on all but six days between September "
                + "and November and the river over its banks twice.\n\n"
                + "![Monthly rainfall, 1984 to 2024](/img/rain.png)\n\n"
                + "Monthly rainfall, 1984 to 2024, in millimetres at the valley station\n\n"
                + "Farmers on the lower fields lost most of the winter wheat they had sown in October.\n";
        Article a = Fixtures.read("rain.md", page);
        assertTrue(captions(a).contains("Monthly rainfall, 1984 to 2024, in millimetres at the valley station"),
                captions(a).toString());
        assertTrue(paragraphs(a).contains("winter wheat"), paragraphs(a));
    }

    @Test
    void aParagraphUnderAnImageThatDoesNotRepeatItsAltTextStaysAParagraph() throws Exception {
        String page = "# How to pot a fern\n\n"
                + "Ferns like a loose, damp soil and a pot only a little wider than their roots.\n\n"
                + "![Fill the pot with compost.](/img/fern-1.jpg)\n\n"
                + "Set the fern in the middle and fill the gaps around it with more compost.\n";
        Article a = Fixtures.read("fern.md", page);
        assertTrue(paragraphs(a).contains("fill the gaps"), paragraphs(a));
    }
}
