package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/** Answer types beyond years, money, percentages and WordNet names: typing, and distractors in the answer's format. */
class NewAnswerTypesTest {

    private static Map<String, AnswerType> typed(String sentence) {
        return Articles.candidates(sentence).stream()
                .collect(Collectors.toMap(Candidate::text, Candidate::type, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Candidate candidate(Facts facts, String text) {
        return facts.candidates.stream().flatMap(List::stream).filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + facts.candidates));
    }

    // Quantities

    @Test
    void aNumberWithAUnitSymbolIsAQuantity() {
        assertEquals(AnswerType.QUANTITY, typed("The median latency of the service climbs from 45 ms at night.")
                .get("45 ms"));
        assertEquals(AnswerType.QUANTITY, typed("Most adults of the species are about 0.3 mm long in summer.")
                .get("0.3 mm"));
    }

    @Test
    void aNumberWithACountedNounIsAQuantityAndKeepsARate() {
        Map<String, AnswerType> t = typed("A machine with 8 cores handled 300 requests per second in the test.");
        assertEquals(AnswerType.QUANTITY, t.get("8 cores"), t.toString());
        assertEquals(AnswerType.QUANTITY, t.get("300 requests per second"), t.toString());
        // The lint reads "1,200" as two words, so a grouped count keeps only its noun: "1,200 requests".
        assertEquals(AnswerType.QUANTITY, typed("The service handled 1,200 requests per second at night.")
                .get("1,200 requests"));
        assertEquals(AnswerType.QUANTITY, typed("About 1,300 species have been described by zoologists so far.")
                .get("1,300 species"));
    }

    @Test
    void aYearARangeEndOrAVerbAfterANumberIsNoQuantity() {
        assertFalse(typed("In 2017 researchers showed that the proteins turn to glass.").containsKey("2017 researchers"));
        assertFalse(typed("Most are between 0.3 and 0.5 mm long when fully grown.").containsKey("0.5 mm"));
        assertFalse(typed("A pool of 10 leaves room for bursts in the evening.").containsKey("10 leaves"));
    }

    @Test
    void noNumberIsBlankedInASentenceThatWorksOutASum() {
        Map<String, AnswerType> t = typed("Each request holds a connection for 5 ms, so it needs 1,200 × 0.005 = 6 "
                + "connections in use.");
        assertTrue(t.values().stream().noneMatch(type -> type.numeric), t.toString());
    }

    @Test
    void quantityDistractorsKeepTheUnitAndTheDigitGrouping() {
        Facts facts = Articles.facts(Articles.oneLesson(
                "About 1,300 species of the animal have been described by zoologists in the last century."));
        Candidate c = candidate(facts, "1,300 species");
        Optional<List<String>> wrong = new Distractors(facts, Lexicon.INSTANCE).forNumber(c, "About _____ of the "
                + "animal have been described.", 1, o -> false);
        assertTrue(wrong.isPresent());
        for (String o : wrong.get()) {
            assertTrue(o.matches("\\d{1,3}(,\\d{3})* species"), o);
            assertEquals(QuestionLint.format("1,300 species"), QuestionLint.format(o), o);
        }
    }

    @Test
    void quantityDistractorsPreferTheArticlesOwnValuesInTheSameUnit() {
        Facts facts = Articles.facts(Articles.oneLesson(
                "The p99 latency of the service climbs from 45 ms to well over a second under load.",
                "With a small pool the p99 latency of the same service fell to 30 ms in the test.",
                "Each request of the service holds a connection for 60 ms on average in production."));
        Candidate c = candidate(facts, "45 ms");
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE).forNumber(c, "The p99 latency climbs from "
                + "_____ to well over a second.", 1, o -> false).orElseThrow();
        assertTrue(wrong.contains("30 ms") && wrong.contains("60 ms"), wrong.toString());
        wrong.forEach(o -> assertTrue(o.endsWith(" ms"), o));
    }

    @Test
    void aPluralCountIsNeverOne() {
        Facts facts = Articles.facts(Articles.oneLesson("The small server of the shop had 2 cores and one disk."));
        Candidate c = candidate(facts, "2 cores");
        for (int place = 0; place < 4; place++) {
            new Distractors(facts, Lexicon.INSTANCE).forNumber(c, "The small server had _____ and one disk.", place,
                    o -> false).ifPresent(w -> assertFalse(w.contains("1 cores"), w.toString()));
        }
    }

    // Years before 1600 and centuries

    @Test
    void anEarlyYearIsAYearAfterATimePreposition() {
        assertEquals(AnswerType.YEAR, typed("The town was founded anew in 1159 by a duke of the north.").get("1159"));
        assertFalse(typed("The service handled 1200 requests in the busiest hour.").containsKey("1200"));
    }

    @Test
    void aCenturyIsTypedAndItsDistractorsAreNearbyCenturiesWrittenAlike() {
        Article article = Articles.oneLesson(
                "The league grew out of the associations that merchants formed abroad in the twelfth century.");
        Facts facts = Articles.facts(article);
        Candidate c = candidate(facts, "twelfth century");
        assertEquals(AnswerType.CENTURY, c.type());
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE).forName(c, "The league grew out of the "
                + "associations that merchants formed abroad in the _____.", o -> false).orElseThrow();
        assertEquals(3, wrong.size());
        for (String o : wrong) {
            assertTrue(o.matches("[a-z]+(-[a-z]+)? century") && Math.abs(Centuries.number(o) - 12) <= 3, o);
        }
        assertEquals("14th century", Centuries.write(14, "12th century"));
        assertEquals(21, Centuries.number("21st century"));
    }

    // Terms the article names

    @Test
    void aTermIntroducedByCalledOrKnownAsIsADefinedTerm() {
        assertEquals(AnswerType.DEFINED, typed("The secret of their toughness is a state called cryptobiosis.")
                .get("cryptobiosis"));
        assertEquals(AnswerType.DEFINED, typed("The animal curls into a dry husk known as a tun in summer.")
                .get("tun"));
    }

    @Test
    void definedTermDistractorsAreTheArticlesOtherTermsOfTheSameNumber() {
        Facts facts = Articles.facts(Articles.oneLesson(
                "The secret of their toughness is a state called cryptobiosis.",
                "The animal then curls into a dry husk known as a tun.",
                "A second protein, named Dsup for damage suppressor, binds to DNA.",
                "A third protein of the animal is known as a shield by biologists.",
                "The outer layer of its body is known as the cuticle to zoologists.",
                "Ships called cogs carried grain and timber across the northern seas."));
        Candidate c = candidate(facts, "cryptobiosis");
        List<String> wrong = new Distractors(facts, Lexicon.INSTANCE).forName(c,
                "The secret of their toughness is a state called _____.", o -> false).orElseThrow();
        assertFalse(wrong.contains("cogs"), wrong.toString());
        assertTrue(wrong.contains("tun") && wrong.contains("cuticle"), wrong.toString());
    }

    // Names WordNet does not know

    @Test
    void anUnknownNameListedWithCitiesIsACityWhereverTheArticleNamesIt() {
        Facts facts = Articles.facts(Articles.oneLesson(
                "The first diet of the league met in Lübeck in the year 1356.",
                "Lübeck, Hamburg and Bremen still call themselves Hanseatic cities today."));
        assertEquals(AnswerType.CITY, candidate(facts, "Lübeck").type());
        assertTrue(facts.candidates.get(0).stream().anyMatch(c -> c.text().equals("Lübeck")
                && c.type() == AnswerType.CITY), facts.candidates.get(0).toString());
    }

    @Test
    void aUniversityOfAPlaceIsAnOrganisationNotARegion() {
        assertEquals(AnswerType.ORGANISATION, typed("In 2017 a team at the University of North Carolina showed it.")
                .get("University of North Carolina"));
    }

    @Test
    void aSiblingWhoseGlossDatesItAfterTheLessonIsNoDistractor() {
        Facts facts = Articles.facts(Articles.oneLesson(
                "In 1494 England, Sweden, Denmark and Muscovy withdrew the privileges of the merchants."));
        Candidate c = candidate(facts, "Denmark");
        Distractors distractors = new Distractors(facts, Lexicon.INSTANCE);
        List<String> wrong = distractors.forName(c, "In 1494 England, Sweden, _____ and Muscovy withdrew the "
                + "privileges of the merchants.", o -> false).orElseThrow();
        assertFalse(wrong.contains("West Germany"), wrong.toString());
        assertTrue(Lexicon.INSTANCE.gloss("West Germany").contains("1949"), "WordNet dates West Germany");
    }
}
