package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * In text copied from a page, a short line ending with a colon over a run of short lines ("What you'll need:",
 * "Ingredients:") labels a list of the article: the label and its items are kept as text, and the last short line,
 * the one the next paragraph follows, is left to head that paragraph. Teaser headlines above the label stay out.
 */
class LabelledListTest {

    private static Article read(List<String> lines) throws Exception {
        return Fixtures.read("howto.txt", String.join("\n", lines) + "\n");
    }

    @Test
    void keepsAHowTosListOfMaterials() throws Exception {
        Article a = read(List.of("Home", "Crafts", "Build a Bird Box",
                "A bird box on a garden wall gives blue tits a safe place to nest in spring, and building one takes "
                        + "an afternoon with a few offcuts of untreated timber and some basic tools. Put it up in "
                        + "autumn, facing away from the midday sun and the prevailing wind, so that the birds find it "
                        + "when they look for a place to roost in the cold months and come back to it in the spring.",
                "Other People Are Reading", "Garden Bird Feeders", "Winter Bird Tables",
                "What You'll Need:", "Untreated pine board", "Saw", "Drill", "Wood screws", "Hinge",
                "Step 1",
                "Cut the board into a front, a back, two sides, a roof and a floor, and drill a hole of 25 millimetres "
                        + "near the top of the front panel so that only small birds can get in.",
                "Step 2",
                "Screw the sides to the back and the floor between them, then fix the roof with the hinge so that "
                        + "you can lift it to clean the box out in the autumn when the birds have left."));
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("What You'll Need:"), text);
        assertTrue(text.contains("Wood screws"), text);
        assertTrue(text.contains("Untreated pine board"), text);
        assertFalse(a.lessons().stream().anyMatch(s -> s.paragraphs().contains("Step 1")),
                "the line the paragraph follows is not an item: " + text);
        assertFalse(text.contains("Winter Bird Tables"), text);
    }

    @Test
    void keepsARecipesIngredients() throws Exception {
        Article a = read(List.of("Recipes", "Baking", "Soda Bread",
                "Soda bread needs no yeast and no rising time, so a loaf can be on the table an hour after you decide "
                        + "to bake it, which is why it was the everyday bread of farm kitchens.",
                "Ingredients:", "450 g plain flour", "1 tsp bicarbonate of soda", "1 tsp salt", "400 ml buttermilk",
                "Method",
                "Mix the dry ingredients in a wide bowl, pour in the buttermilk and bring the dough together with a "
                        + "few quick strokes, since kneading makes soda bread heavy.",
                "Shape a round loaf, cut a deep cross in the top and bake it for forty minutes in a hot oven, until it "
                        + "sounds hollow when you knock on its base."));
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("400 ml buttermilk"), text);
        assertTrue(text.contains("450 g plain flour"), text);
        assertTrue(text.contains("sounds hollow"), text);
    }
}
