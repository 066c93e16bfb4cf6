package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * In text copied from a whole news or blog page, the article's title is the headline that stands right above its
 * byline or date, not a teaser for another story or the site's name, even when a share row, a standfirst or a cookie
 * notice stands between.
 */
class BylinedHeadlineTest {

    private static final String RIVER_TEXT = """
            The river road between the mill and the old bridge will stay closed for a week after the floods, the \
            council said on Monday, while engineers check the bank for damage to the bridge and the road.

            The council said the budget for repairs would come from its reserve for the bridge, and that the \
            council would meet again on Friday to agree the budget with the engineers.

            Drivers are asked to use the ring road, which adds about ten minutes to a trip into town, until the \
            council reopens the road by the bridge.
            """;

    @Test
    void theHeadlineAboveTheBylineIsTheTitleNotATeaserThatSharesMoreWordsWithTheText() throws Exception {
        String page = """
                Riverside Gazette
                Home
                News
                Sport
                Weather
                Latest
                Council agrees budget for the bridge
                Floods close the river road for a week
                By Anna Berg
                March 3, 2024
                """ + RIVER_TEXT + """
                Most read
                Bakery wins county prize
                """;
        Article a = Fixtures.read("gazette.txt", page);
        assertEquals("Floods close the river road for a week", a.title());
        assertFalse(Fixtures.allLessonText(a).contains("Council agrees budget"), Fixtures.allLessonText(a));
    }

    @Test
    void aShareRowMayStandBetweenTheHeadlineAndItsDate() throws Exception {
        String page = """
                Notes from the Workshop
                About
                Archive
                Setting the blade and the mouth of a plane for hard wood
                Why a hand plane chatters on hard wood
                Share on Facebook
                Share on Twitter
                Share via Email
                Print
                Posted by Tom Reed on 2023-05-14
                A plane chatters when its blade is set too far out or the wood is too hard for the angle of the \
                bevel, and the blade skips along the surface instead of cutting a clean shaving from the board.

                Setting the blade back and closing the mouth of the plane fixes most chatter, and a steeper bevel \
                fixes the rest, since a steeper blade scrapes the hard wood rather than lifting its fibres.

                Related posts
                Choosing a plane for hard wood and soft wood
                """;
        Article a = Fixtures.read("workshop.txt", page);
        assertEquals("Why a hand plane chatters on hard wood", a.title());
    }

    @Test
    void aLongStandfirstBetweenTheHeadlineAndTheBylineIsNotTheTitle() throws Exception {
        String page = """
                The Daily Planet
                World
                Science
                Satellite measurements show the ice sheet thinning from below
                Ice sheets in Greenland are melting faster than the models predicted
                Satellite data gathered over two decades show the loss of ice from the sheet speeding up in every                 year since the first measurement
                by Mara Lind
                12 June 2023
                Greenland lost more ice in the last decade than in any decade since records began, according to \
                satellite measurements of the height and the weight of the ice sheet taken over twenty years.

                The models used to plan for sea level rise assumed a slower loss, because they did not include \
                the warm ocean water that now reaches the glaciers from below and thins them where they float.
                """;
        Article a = Fixtures.read("planet.txt", page);
        assertEquals("Ice sheets in Greenland are melting faster than the models predicted", a.title());
    }

    @Test
    void aCookieNoticeOpeningTheProseDoesNotHideAQuestionHeadlineBelowIt() throws Exception {
        String page = """
                Health Today
                Please accept our privacy terms
                We use cookies and similar technologies to improve your experience on our pages, to show you \
                articles that suit you and to measure how our pages are used by readers like you.
                Accept and continue
                Sign in
                Sign in with your account to save articles, to follow the topics you like and to get a newsletter \
                made for you every week of the year.
                Register
                Why do we yawn when others yawn?
                Published 12 June 2023
                By Lee Park
                Yawning spreads from one person to another in about half of adults, and scientists have long \
                asked why seeing or even reading about a yawn makes people yawn themselves.

                One study found that people yawn more after a friend yawns than after a stranger does, which \
                suggests that contagious yawning is tied to how closely we feel for others.

                A second study found that children start to catch yawns at about the age of four, when they also \
                start to understand what other people think and feel.
                """;
        Article a = Fixtures.read("health.txt", page);
        assertEquals("Why do we yawn when others yawn?", a.title());
        String text = Fixtures.allLessonText(a);
        assertFalse(text.contains("We use cookies"), text);
        assertTrue(text.contains("children start to catch yawns"), text);
    }

    @Test
    void inAPagesMarkdownTheHeadingAboveTheBylineIsTheTitleNotASectionBannerAboveIt() throws Exception {
        String page = """
                [Home](/) [News](/news) [Sport](/sport)

                # Allergy Health Centre

                ## Tools

                *   [Do you have a food allergy?](/allergy/quiz)
                *   [Find an allergist](/allergy/find)

                [Print](/print) [Email](/email)

                ## Children who eat eggs early may avoid an egg allergy

                By [Ruth Mayer](/authors/ruth-mayer)

                March 2, 2021 -- Children who ate egg in their first year were less likely to be allergic to eggs \
                by the age of five, according to a study of nine hundred families published on Monday.

                The children who ate egg early also had fewer visits to a doctor for rashes, the researchers \
                found, although they warned that parents should ask a doctor before changing a child's diet.

                Allergy to eggs is one of the most common food allergies in young children, and most children \
                grow out of it by school age.
                """;
        Article a = Fixtures.read("source.md", page);
        assertEquals("Children who eat eggs early may avoid an egg allergy", a.title());
    }

    @Test
    void inABlogsMarkdownTheHeadingAboveTheDateIsTheTitleNotTheBlogsName() throws Exception {
        String page = """
                # The Garden Shed

                [About](/about) · [Archive](/archive)

                ## Recent posts

                ### Why tomatoes split after heavy rain

                Posted on 2022-08-14

                Tomatoes split after heavy rain because the fruit takes up water faster than its skin can grow, \
                and the skin tears where it is thinnest, near the stalk.

                Watering evenly through dry spells keeps the skin growing steadily, so that a sudden storm does \
                less harm to the ripening fruit.

                A mulch of straw around the plants keeps the soil moist and evens out the supply of water.
                """;
        Article a = Fixtures.read("index.md", page);
        assertEquals("Why tomatoes split after heavy rain", a.title());
    }
}
