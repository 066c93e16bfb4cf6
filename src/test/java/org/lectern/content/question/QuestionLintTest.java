package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.content.question.Articles.gap;
import static org.lectern.content.question.Articles.question;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionLintTest {

    private static final String SOURCE = "In 2017 alone, Russia exported US$15 billion worth of weapons to the Chinese government.";
    private static final LintContext CONTEXT = new LintContext(2021, List.of(SOURCE,
            "Kazakhstan and Uzbekistan signed a treaty with Turkmenistan.",
            "Pipelines run from Turkmenistan and Kazakhstan to the Persian Gulf."));
    private final QuestionLint lint = new QuestionLint();

    private List<LintRule> rules(GeneratedQuestion q) {
        return lint.check(q, CONTEXT).stream().map(LintFinding::rule).toList();
    }

    private void assertRejectedFor(LintRule rule, GeneratedQuestion q) {
        List<LintRule> found = rules(q);
        assertTrue(found.contains(rule), "expected " + rule + " but got " + lint.check(q, CONTEXT));
    }

    @Test
    void aWellFormedGapFillPasses() {
        GeneratedQuestion q = gap("In 2017 alone, Russia exported _____ worth of weapons to the Chinese government.",
                List.of("US$5 billion", "US$15 billion", "US$30 billion", "US$45 billion"), 1, SOURCE);
        assertEquals(List.of(), lint.check(q, CONTEXT));
    }

    @Test
    void anAnswerThatIsNotInTheSourceSentenceIsRejected() {
        assertRejectedFor(LintRule.ANSWER_NOT_IN_SOURCE, gap("In 2017 alone, Russia exported _____ of weapons.",
                List.of("US$5 billion", "US$12 billion", "US$30 billion", "US$45 billion"), 1, SOURCE));
    }

    @Test
    void aStemSharingAContentWordWithTheAnswerIsRejected() {
        assertRejectedFor(LintRule.STEM_GIVES_ANSWER_AWAY, gap(
                "The weapons went to the _____ while the Chinese government paid in cash.",
                List.of("Brazilian army", "Chinese government", "Indian navy", "Iranian guard"), 1,
                "The weapons went to the Chinese government while the Chinese government paid in cash."));
    }

    @Test
    void aStemHoldingTheAnswersDemonymIsRejected() {
        assertRejectedFor(LintRule.STEM_GIVES_ANSWER_AWAY, gap(
                "In 2017 alone, _____ exported weapons worth billions to the Russian army.",
                List.of("Brazil", "India", "Russia", "Ukraine"), 2,
                "In 2017 alone, Russia exported weapons worth billions to the Russian army."));
    }

    @Test
    void aStemHoldingAnAliasOfTheAnswerIsRejected() {
        assertRejectedFor(LintRule.STEM_GIVES_ANSWER_AWAY, gap(
                "Officials in the US said that the _____ would not join the new agreement.",
                List.of("Canada", "Mexico", "United States", "Cuba"), 2,
                "Officials in the US said that the United States would not join the new agreement."));
    }

    @Test
    void aStemHoldingTheExpansionOfAnAcronymAnswerIsRejected() {
        assertRejectedFor(LintRule.STEM_GIVES_ANSWER_AWAY, gap(
                "Russia joined the Shanghai Cooperation Organization, known as the _____, in 2001.",
                List.of("CSTO", "EEU", "SCO", "BRICS"), 2,
                "Russia joined the Shanghai Cooperation Organization, known as the SCO, in 2001."));
    }

    @Test
    void anAbbreviationInTheStemPassesWhenEveryOptionSharesItsInitials() {
        String source = "Members joined the Shanghai Cooperation Organization (SCO) in 2001.";
        GeneratedQuestion q = question(QuestionKind.ACRONYM, "In the article, what does the abbreviation SCO stand for?",
                List.of("Security Cooperation Organization", "Shanghai Collective Organization",
                        "Shanghai Cooperation Organization", "States Cooperation Organization"), 2, source);
        assertEquals(List.of(), lint.check(q, new LintContext(2021, List.of(source))));
    }

    @Test
    void optionsThatRepeatOnceCaseAndPunctuationGoAreRejected() {
        assertRejectedFor(LintRule.TOO_FEW_DISTINCT_OPTIONS, gap(
                "In 2017 alone, _____ exported US$15 billion worth of weapons to the Chinese government.",
                List.of("Brazil", "Russia", "russia.", "Ukraine"), 1, SOURCE));
    }

    @Test
    void anOptionInsideAnotherIsRejected() {
        String source = "Trade with Central Asia grew quickly after the war.";
        assertRejectedFor(LintRule.OPTION_INSIDE_ANOTHER, gap("Trade with _____ grew quickly after the war.",
                List.of("Asia", "Central Asia", "Europe", "Africa"), 1, source));
    }

    @Test
    void allOrNoneOfTheAboveIsRejected() {
        assertRejectedFor(LintRule.ALL_OR_NONE_OF_THE_ABOVE, gap(
                "In 2017 alone, _____ exported US$15 billion worth of weapons to the Chinese government.",
                List.of("Brazil", "Russia", "Ukraine", "None of the above"), 1, SOURCE));
    }

    @Test
    void aYearAmongCountriesIsRejected() {
        assertRejectedFor(LintRule.MIXED_OPTION_TYPES, gap(
                "In 2017 alone, _____ exported US$15 billion worth of weapons to the Chinese government.",
                List.of("Brazil", "Russia", "Ukraine", "1998"), 1, SOURCE));
    }

    @Test
    void dollarsAmongPercentagesAreRejected() {
        assertRejectedFor(LintRule.MIXED_OPTION_TYPES, gap(
                "In 2017 alone, Russia exported _____ worth of weapons to the Chinese government.",
                List.of("10%", "US$15 billion", "20%", "30%"), 1, SOURCE));
    }

    @Test
    void aDistractorTheArticleStatesForTheSameBlankIsRejected() {
        String source = "Pipelines run from Turkmenistan and Kazakhstan to the Persian Gulf.";
        LintContext context = new LintContext(2021, List.of(source,
                "Later, pipelines run from Turkmenistan and Iran to the Persian Gulf as well."));
        GeneratedQuestion q = gap("Pipelines run from Turkmenistan and _____ to the Persian Gulf.",
                List.of("Brazil", "Iran", "Kazakhstan", "India"), 2, source);
        assertTrue(lint.check(q, context).stream().anyMatch(f -> f.rule() == LintRule.DISTRACTOR_STATED_TRUE),
                lint.check(q, context).toString());
    }

    @Test
    void anArticleBeforeTheBlankThatFitsOnlySomeOptionsIsRejected() {
        String source = "The army bought an Italian rifle in 1990 for its troops.";
        assertRejectedFor(LintRule.ARTICLE_FITS_SOME_OPTIONS, gap("The army bought an _____ rifle in 1990 for its troops.",
                List.of("Italian", "German", "Austrian", "English"), 0, source));
    }

    @Test
    void aYearAfterTheArticlesDateIsRejected() {
        assertRejectedFor(LintRule.YEAR_AFTER_ARTICLE_DATE, gap(
                "In _____ alone, Russia exported US$15 billion worth of weapons to the Chinese government.",
                List.of("2016", "2017", "2018", "2023"), 1, SOURCE));
    }

    @Test
    void numericOptionsOutOfAscendingOrderAreRejected() {
        assertRejectedFor(LintRule.NUMBERS_NOT_ASCENDING, gap(
                "In _____ alone, Russia exported US$15 billion worth of weapons to the Chinese government.",
                List.of("2016", "2017", "2015", "2018"), 1, SOURCE));
    }

    @Test
    void aStemUnderSixWordsIsRejected() {
        assertRejectedFor(LintRule.STEM_LENGTH, gap("_____ exported weapons.",
                List.of("Brazil", "Russia", "Ukraine", "India"), 1, "Russia exported weapons."));
    }

    @Test
    void aStemOverFortyFiveWordsIsRejected() {
        String longStem = "_____ exported weapons" + " and more weapons".repeat(16) + ".";
        assertRejectedFor(LintRule.STEM_LENGTH, gap(longStem, List.of("Brazil", "Russia", "Ukraine", "India"), 1,
                "Russia exported weapons."));
    }

    @Test
    void tokenizerDebrisInTheStemIsRejected() {
        String source = "China's exports of steel grew fast in 2018 across Asia.";
        assertRejectedFor(LintRule.TOKENIZER_DEBRIS, gap("China 's exports of steel grew fast in _____ across Asia.",
                List.of("2016", "2017", "2018", "2019"), 2, source));
    }

    @Test
    void aStemOpeningWithAPronounWhoseReferentIsOutsideIsRejected() {
        String source = "It exported US$15 billion worth of weapons to the Chinese government in 2017.";
        assertRejectedFor(LintRule.DANGLING_PRONOUN, gap(
                "It exported US$15 billion worth of weapons to the Chinese government in _____.",
                List.of("2015", "2016", "2017", "2018"), 2, source));
    }
}
