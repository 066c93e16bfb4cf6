package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

class DistractorTest {

    private static final Article ARTICLE = Articles.oneLesson(
            "Kazakhstan sold grain to Brazil in 2004. India bought oil from Kazakhstan in 2009.",
            "Pipelines from Kazakhstan reach Iran and carry US$15 billion of gas each year.",
            "Oil made up 76% of exports to India, and grain made up another 8% in 2010.");

    private static Candidate candidate(Facts facts, String text) {
        return facts.candidates.stream().flatMap(List::stream).filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow();
    }

    private static String stem(Candidate c) {
        String s = c.sentence().text();
        return s.substring(0, c.start()) + Text.BLANK + s.substring(c.end());
    }

    @Test
    void nameDistractorsShareTheFineTypeAndComeFromTheArticleFirst() {
        Facts facts = Articles.facts(ARTICLE);
        Candidate iran = candidate(facts, "Iran");
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE).forName(iran, stem(iran), o -> false)
                .orElseThrow();
        assertEquals(3, wrong.size());
        // The article's countries first, those of Iran's continent only: India, not Brazil.
        assertTrue(wrong.contains("India") && !wrong.contains("Brazil"), wrong.toString());
        wrong.forEach(w -> assertEquals(java.util.Optional.of(AnswerType.COUNTRY), Lexicon.INSTANCE.typeOf(w), w));
    }

    @Test
    void nameDistractorsFallBackToWordNetSiblingsOfTheSameKind() {
        Facts facts = Articles.facts(Articles.oneLesson("Trade between Moscow and its partners grew in 2004."));
        Candidate moscow = candidate(facts, "Moscow");
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE).forName(moscow, stem(moscow), o -> false)
                .orElseThrow();
        wrong.forEach(w -> assertEquals(java.util.Optional.of(AnswerType.CITY), Lexicon.INSTANCE.typeOf(w), w));
    }

    @Test
    void nameDistractorsNeverRepeatANameTheStemAlreadyHolds() {
        Facts facts = Articles.facts(ARTICLE);
        Candidate india = candidate(facts, "India");
        String stem = stem(india);
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE).forName(india, stem, o -> false).orElseThrow();
        assertTrue(wrong.stream().noneMatch(w -> w.equals("Kazakhstan")), wrong + " for " + stem);
    }

    @Test
    void moneyDistractorsKeepTheAnswersCurrencyAndScale() {
        Facts facts = Articles.facts(ARTICLE);
        Candidate money = candidate(facts, "US$15 billion");
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE).forNumber(money, stem(money), 1, o -> false)
                .orElseThrow();
        wrong.forEach(w -> assertTrue(w.matches("US\\$\\d+ billion"), w));
    }

    @Test
    void numericDistractorsPutTheAnswerAtTheRequestedPlaceWhenSorted() {
        Facts facts = Articles.facts(ARTICLE);
        Candidate percent = candidate(facts, "76%");
        // Only 86% and 96% lie above 76% in its format, so first place is out of reach: the nearest, second, is used.
        int[] expected = {1, 1, 2, 3};
        for (int target = 0; target < 4; target++) {
            List<String> wrong = new Distractors(facts, Lexicon.INSTANCE)
                    .forNumber(percent, stem(percent), target, o -> false).orElseThrow();
            long below = wrong.stream().filter(w -> Numbers.value(w).orElseThrow() < 76).count();
            assertEquals(expected[target], below, wrong.toString());
            wrong.forEach(w -> assertTrue(w.matches("\\d{1,2}%"), w));
        }
    }

    @Test
    void yearDistractorsComeFromTheArticleAndNeverPassItsDate() {
        Facts facts = Articles.facts(ARTICLE);
        Candidate year = candidate(facts, "2009");
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE).forNumber(year, stem(year), 1, o -> false)
                .orElseThrow();
        assertTrue(wrong.contains("2004") || wrong.contains("2010"), wrong.toString());
        wrong.forEach(w -> assertTrue(Integer.parseInt(w) <= facts.articleYear, w));
    }

    @Test
    void aDistractorTheArticleStatesForTheBlankIsSkipped() {
        Facts facts = Articles.facts(ARTICLE);
        Candidate iran = candidate(facts, "Iran");
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE)
                .forName(iran, stem(iran), o -> o.equals("Brazil")).orElseThrow();
        assertTrue(!wrong.contains("Brazil"), wrong.toString());
    }

    @Test
    void aDistractorMustFitTheArticleBeforeTheBlank() {
        assertTrue(Text.fitsArticle("They bought an _____ rifle.", "Italian"));
        assertTrue(!Text.fitsArticle("They bought an _____ rifle.", "German"));
        assertTrue(Text.fitsArticle("They bought a _____ rifle.", "T-72"));
        assertTrue(Text.fitsArticle("They sold _____ to India.", "oil"));
    }
}
