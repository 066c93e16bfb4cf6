package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * The generator's rules of English, each on sentences from fields far from the seed (biology, baking, urban wildlife,
 * medicine): nothing here is a phrase of one article.
 */
class GeneralRulesTest {

    private static Sentence first(Article article) {
        return Articles.sentences(article).get(0);
    }

    private static Candidate candidate(Sentence s, String text) {
        return new CandidateFinder(Lexicon.INSTANCE).find(s).stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " is no candidate in: " + s.text()));
    }

    // A long sentence is cut at the last clause boundary after the blank that keeps the stem within its limit.

    @Test
    void aLongSentenceAboutAnimalsIsCutBeforeASubordinateClause() {
        Sentence s = first(Articles.oneLesson("In 1773 the German pastor Johann Goeze described the tiny animal for "
                + "the first time and called it a little water bear, because its slow gait and its stubby clawed legs "
                + "reminded him of a bear, although the creature is smaller than a grain of sand and lives in the wet "
                + "moss that grows on old walls and roofs."));
        Candidate year = candidate(s, "1773");
        String rest = s.text().substring(ClauseQuestions.cut(s, year));
        assertTrue(rest.startsWith(", although "), rest);
        assertTrue(Text.wordCount(s.text().substring(0, ClauseQuestions.cut(s, year))) <= 41);
    }

    @Test
    void aLongSentenceAboutBakingIsCutAtASemicolonOrBeforeARelativeClause() {
        Sentence s = first(Articles.oneLesson("In 1849 the bakers of San Francisco kept their starter alive through "
                + "the winter by feeding it flour and water twice a day; the culture they kept held wild yeasts and "
                + "lactic bacteria, which gave the bread its sour taste and its open crumb, and the loaves they sold "
                + "were famous along the whole coast for many years."));
        Candidate year = candidate(s, "1849");
        String rest = s.text().substring(ClauseQuestions.cut(s, year));
        assertTrue(rest.startsWith(", which ") || rest.startsWith(", and "), rest);
    }

    @Test
    void aPhraseThatOpensNoClauseIsNoBoundary() {
        // ", further" and ", among" open no clause: the sentence is cut before a real boundary or not at all.
        Sentence s = first(Articles.oneLesson("In 1995 the council of Bristol counted the foxes that lived in the "
                + "gardens of the city, further than anyone had counted before, and found more than four hundred "
                + "adults among the houses, among other wild animals such as badgers, hedgehogs, deer and many "
                + "kinds of birds that nest in the old trees of the parks."));
        int cut = ClauseQuestions.cut(s, candidate(s, "1995"));
        String rest = s.text().substring(cut);
        assertTrue(cut == s.text().length() || rest.startsWith(", and "), rest);
    }

    // A leading conjunctive adverb or transitional phrase is dropped; anything else stays.

    @Test
    void aLeadingConnectiveIsDroppedFromAStemInAnyField() {
        assertEquals("The dough rests overnight in a cool room.",
                ClauseQuestions.dropConnective("In addition, the dough rests overnight in a cool room."));
        assertEquals("Foxes in the city eat less meat than foxes in the country.",
                ClauseQuestions.dropConnective("On the other hand, foxes in the city eat less meat than foxes in the "
                        + "country."));
        assertEquals("Fleming published his findings in 1929.",
                ClauseQuestions.dropConnective("However, Fleming published his findings in 1929."));
    }

    @Test
    void aLeadingPhraseOutsideTheListsStays() {
        String text = "By the end of the night, the dough has doubled in size.";
        assertEquals(text, ClauseQuestions.dropConnective(text));
    }

    // A year that opens the sentence becomes "In which year ...?".

    @Test
    void aYearOpeningTheSentenceGivesAWhQuestionInTwoFields() {
        assertEquals(Optional.of("In which year did Alexander Fleming notice that a mould had killed the bacteria?"),
                whYear("In 1928, Alexander Fleming noticed that a mould had killed the bacteria.", "1928"));
        assertEquals(Optional.of("In which year did the bakers of the town open a shared oven near the market?"),
                whYear("In 1790 the bakers of the town opened a shared oven near the market.", "1790"));
    }

    private static Optional<String> whYear(String sentence, String year) {
        Article article = Articles.oneLesson(sentence);
        Facts facts = Articles.facts(article);
        LintContext context = new LintContext(2020, List.of(sentence));
        Distractors distractors = new Distractors(facts, Lexicon.INSTANCE);
        ClauseQuestions clauses = new ClauseQuestions(facts, distractors, context,
                new Judge(facts, distractors.kinds(), Lexicon.INSTANCE), x -> { });
        Sentence s = facts.sentences.get(0);
        return clauses.drafts(s, facts.candidates.get(0), 2.0, 0.5).stream()
                .filter(d -> d.kind() == QuestionKind.WH_QUESTION && d.answer().equals(year))
                .map(Draft::stem).findFirst();
    }

    // Abbreviations are defined in brackets after their name, in any field; nothing else defines one.

    @Test
    void anAbbreviationIsDefinedByItsNameInBracketsInTwoFields() {
        List<Acronym> medicine = Acronyms.find(Articles.sentences(Articles.oneLesson(
                "Today the World Health Organization (WHO) lists antibiotic resistance among the top threats.")));
        assertEquals(List.of("WHO"), medicine.stream().map(Acronym::letters).toList());
        List<Acronym> wildlife = Acronyms.find(Articles.sentences(Articles.oneLesson(
                "The count was paid for by the Royal Society for the Protection of Birds (RSPB) in the spring.")));
        assertEquals(List.of("RSPB"), wildlife.stream().map(Acronym::letters).toList());
        assertEquals("Royal Society for the Protection of Birds", wildlife.get(0).expansion());
    }

    @Test
    void aNameWrittenBesideAListOfNamesIsNoDefinition() {
        List<Acronym> found = Acronyms.find(Articles.sentences(Articles.oneLesson(
                "The league of SPQR – the ports of Stettin, Porvoo, Quedlinburg and Riga – met once a year.")));
        assertEquals(List.of(), found);
    }
}
