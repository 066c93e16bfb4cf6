package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A browser's innerText never prints the bullets of an HTML list, so lines of copied text that open with a typed
 * mark ("+ ", "- ", "* ", "• ") are the author's own list: a run of three or more with the same mark is the article's,
 * however short its items, and a page whose article is mostly such a list is read, while the site's menu above it and
 * its footer below it are still dropped.
 */
class TypedListTest {

    @Test
    void releaseNotesTypedWithPlusSignsAreTheArticle() throws Exception {
        String page = String.join("\n",
                "Garden Planner Blog",
                "Downloads",
                "Pricing",
                "Support",
                "Garden Planner 4.2 Release Notes",
                "",
                "+ Added raised bed templates",
                "+ Added frost date lookup",
                "+ Added a seed shopping list",
                "+ Added dark mode",
                "+ Beds can now be rotated freely",
                "+ Added metric units",
                "+ Added watering reminders",
                "+ Faster plan export",
                "* Companion planting hints were reworded",
                "* Printing uses less ink",
                "* Fixed crash on empty plans",
                "- Removed the old sync option",
                "",
                "",
                "Older Posts",
                "Follow us:",
                "Newsletter",
                "Careers",
                "Privacy Policy",
                "Terms of Use") + "\n";
        Article a = Fixtures.read("source.txt", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("raised bed templates"), text);
        assertTrue(text.contains("frost date lookup"), text);
        assertTrue(text.contains("watering reminders"), text);
        assertTrue(text.contains("Printing uses less ink"), text);
        assertFalse(text.contains("Pricing"), text);
        assertFalse(text.contains("Privacy Policy"), text);
        assertFalse(text.contains("Careers"), text);
    }

    @Test
    void aRecipeWhoseIngredientsAreTypedWithDashesKeepsThem() throws Exception {
        String page = String.join("\n",
                "Kitchen Notes",
                "Recipes",
                "Baking",
                "About",
                "Shop",
                "Simple Oat Pancakes",
                "",
                "These pancakes need no flour at all: the oats are blended into a batter with a ripe banana, "
                        + "so they come out soft and sweet enough for children without any added sugar.",
                "",
                "- 2 cups rolled oats",
                "- 1 ripe banana",
                "- 2 eggs",
                "- 1 cup milk",
                "- 1 tsp baking powder",
                "- pinch of salt",
                "",
                "• Blend everything until smooth",
                "• Rest the batter ten minutes",
                "• Fry in a hot buttered pan",
                "• Serve with berries",
                "",
                "Share",
                "Pin",
                "Print",
                "Contact",
                "Advertise",
                "Cookie Settings") + "\n";
        Article a = Fixtures.read("source.txt", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("rolled oats"), text);
        assertTrue(text.contains("baking powder"), text);
        assertTrue(text.contains("Rest the batter"), text);
        assertTrue(text.contains("Serve with berries"), text);
        assertFalse(text.contains("Advertise"), text);
        assertFalse(text.contains("Cookie Settings"), text);
        assertFalse(text.contains("Baking"), text);
    }
}
