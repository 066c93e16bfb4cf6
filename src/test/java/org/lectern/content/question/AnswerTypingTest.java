package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AnswerTypingTest {

    private static Map<String, AnswerType> typed(String sentence) {
        return Articles.candidates(sentence).stream()
                .collect(Collectors.toMap(Candidate::text, Candidate::type, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void aFourDigitYearIsTypedAsAYear() {
        assertEquals(AnswerType.YEAR, typed("The treaty was signed in 1997 after long talks.").get("1997"));
    }

    @Test
    void aDecadeOrANumberInsideAnAmountIsNotAYear() {
        Map<String, AnswerType> t = typed("Trade grew in the 1990s and reached $2017 million by then.");
        assertTrue(t.keySet().stream().noneMatch(k -> k.equals("1990") || k.equals("2017")), t.toString());
    }

    @Test
    void anAmountOfMoneyKeepsItsCurrencyAndScale() {
        assertEquals(AnswerType.MONEY, typed("The company sold US$15 billion worth of goods last year.")
                .get("US$15 billion"));
    }

    @Test
    void aPercentageIsTypedAsAPercentage() {
        assertEquals(AnswerType.PERCENT, typed("Oil made up 76% of all exports that decade.").get("76%"));
    }

    @Test
    void aRunOfProperNounsIsOneNameEvenWithOfInside() {
        assertEquals(AnswerType.WATER, typed("Ships must pass through the Strait of Malacca to reach the port.")
                .get("Strait of Malacca"));
    }

    @Test
    void wordNetGivesCountriesCitiesAndOrganisations() {
        Map<String, AnswerType> t = typed("Kazakhstan signed the deal in Moscow with the World Health Organization.");
        assertEquals(AnswerType.COUNTRY, t.get("Kazakhstan"));
        assertEquals(AnswerType.CITY, t.get("Moscow"));
        assertEquals(AnswerType.ORGANISATION, t.get("World Health Organization"));
    }

    @Test
    void aTitleBeforeANameMakesItAPersonWithoutTheTitle() {
        Map<String, AnswerType> t = typed("Russian President Vladimir Putin visited the new factory last week.");
        assertEquals(AnswerType.PERSON, t.get("Vladimir Putin"), t.toString());
    }

    @Test
    void anAppositionNamingARoleMakesAnUnknownNameAPerson() {
        Map<String, AnswerType> t = typed("Anatoly Antonov, former deputy defense minister, praised the exercises.");
        assertEquals(AnswerType.PERSON, t.get("Anatoly Antonov"), t.toString());
    }

    @Test
    void aPlaceNamedAfterAContinentIsARegion() {
        assertEquals(AnswerType.REGION, typed("Trade with Central Asia has grown quickly since then.")
                .get("Central Asia"));
    }

    @Test
    void wordNetTypesStraitsAndPeopleByTheirHypernyms() {
        assertEquals(Optional.of(AnswerType.WATER), Lexicon.INSTANCE.typeOf("Strait of Malacca"));
        assertEquals(Optional.of(AnswerType.PERSON), Lexicon.INSTANCE.typeOf("Louis Pasteur"));
        assertEquals(Optional.of(AnswerType.CITY), Lexicon.INSTANCE.typeOf("Bristol"));
    }

    @Test
    void namesOutsideTheTypedCategoriesGetNoType() {
        // There is no weapon or vehicle type: an aircraft is not a weapon, and a rifle's options would come from
        // WordNet's whole artefact tree.
        assertEquals(Optional.empty(), Lexicon.INSTANCE.typeOf("Kalashnikov"));
        assertEquals(Optional.empty(), Lexicon.INSTANCE.typeOf("aircraft"));
    }

    @Test
    void aNameGluedToAHyphenIsNotACandidate() {
        assertTrue(!typed("That US-China alliance ended after the war in Europe.").containsKey("China"));
    }

    @Test
    void anAbbreviationDefinedInBracketsIsFoundWithItsFullName() {
        List<Acronym> found = Acronyms.find(Articles.sentences(Articles.oneLesson(
                "Members joined the Shanghai Cooperation Organization (SCO) and the Eurasian Economic Union (EEU).")));
        assertEquals(List.of("SCO", "EEU"), found.stream().map(Acronym::letters).toList());
        assertEquals("Shanghai Cooperation Organization", found.get(0).expansion());
    }

    @Test
    void aKeyTermGetsSiblingsOfItsOwnKindFromWordNet() {
        String kind = Words.INSTANCE.termClass("tuberculosis");
        List<String> siblings = Words.INSTANCE.termSiblings("tuberculosis");
        assertTrue(!kind.isEmpty() && siblings.size() >= 3, kind + " " + siblings);
        siblings.stream().limit(3).forEach(s -> assertEquals(kind, Words.INSTANCE.termClass(s), s));
    }

    @Test
    void aWordWithManySensesIsNoKeyTerm() {
        assertTrue(Words.INSTANCE.termClass("power").isEmpty());
    }
}
