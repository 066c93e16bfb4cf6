package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.QuestionGenerator;
import org.lectern.content.Section;

/**
 * The patterns blind reviewers threw away (issue 11, {@code docs/question-review/}), each with a sentence the
 * generator must refuse and one it must keep. None of the sentences comes from the seed article: they are written in
 * other fields (film, geography, medicine, economics, computing) so that the rules are rules of English.
 */
class ReviewPatternsTest {

    private static Article article(String title, String lessonTitle, String... paragraphs) {
        return new Article(title, "", "", List.of(new Section(lessonTitle, List.of(paragraphs), List.of(), List.of())),
                List.of(), List.of());
    }

    /** An article of one lesson per paragraph: each paragraph opens its lesson. */
    private static Article lessons(String... paragraphs) {
        List<Section> sections = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            sections.add(new Section("Lesson " + (i + 1), List.of(paragraphs[i]), List.of(), List.of()));
        }
        return new Article("Notes on the field", "", "", sections, List.of(), List.of());
    }

    private record Judged(Facts facts, Judge judge, Distractors distractors) {

        Candidate candidate(String text) {
            return facts.candidates.stream().flatMap(List::stream).filter(c -> c.text().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError(text + " not among " + facts.candidates));
        }

        Optional<String> blank(String text) {
            Candidate c = candidate(text);
            Optional<String> sentence = judge.refuseSentence(c.sentence());
            return sentence.isPresent() ? sentence : judge.refuseBlank(c, facts.candidates.get(c.sentence().index()));
        }

        Optional<String> sentence(int index) {
            return judge.refuseSentence(facts.sentences.get(index));
        }
    }

    private static Judged judged(Article article) {
        Facts facts = Articles.facts(article);
        Distractors distractors = new Distractors(facts, Lexicon.INSTANCE);
        return new Judged(facts, new Judge(facts, distractors.kinds(), Lexicon.INSTANCE), distractors);
    }

    private static Judged judged(String... paragraphs) {
        return judged(article("Notes on the field", "Lesson", paragraphs));
    }

    // 1. Distractors of the answer's type and role.

    @Test
    void peopleAreOfferedOnlyBesideOthersOfTheirRole() {
        Judged j = judged("The director Rian Johnson shot the film in Ireland over the summer.",
                "The actress Zoe Kazan wrote the script with the director Paul Dano in New York.",
                "The poet Emily Dickinson wrote almost 1,800 poems in Amherst.",
                "The director Rian Johnson later said that the director Paul Dano had changed his mind.");
        Kinds kinds = j.distractors().kinds();
        Candidate johnson = j.candidate("Rian Johnson");
        assertTrue(kinds.sameKind(johnson, "Paul Dano"), "two directors");
        assertFalse(kinds.sameKind(johnson, "Emily Dickinson"), "a poet is no option for a director");
        assertFalse(kinds.sameKind(johnson, "Zoe Kazan"), "an actress is no option for a director");
    }

    @Test
    void placesAreOfferedOnlyBesideOthersOfTheirKind() {
        Judged j = judged("Traders sailed from Lisbon to Japan in 1543 and bought silk there.");
        Kinds kinds = j.distractors().kinds();
        Sentence s = j.facts().sentences.get(0);
        Candidate japan = new Candidate(s, 25, 30, "Japan", AnswerType.COUNTRY, false);
        assertTrue(kinds.sameKind(japan, "China"), "two countries of one continent");
        assertFalse(kinds.sameKind(japan, "Asia"), "a continent is no option for a country");
        assertFalse(kinds.sameKind(japan, "Lisbon"), "a city is no option for a country");
        assertTrue(Lexicon.INSTANCE.nested("North Island", "New Zealand"), "a place inside another is no option");
        assertFalse(Lexicon.INSTANCE.nested("Portugal", "Japan"));
    }

    @Test
    void aNameWhoseOptionsWouldAllComeFromWordNetIsNotAsked() {
        // The article names no other river: WordNet's rivers alone are too often absurd in the sentence's role.
        Judged j = judged("Barges carried coal down the Rhine to the coast every spring.");
        Candidate rhine = j.candidate("Rhine");
        Draft gap = new Draft(QuestionKind.GAP_FILL, "Barges carried coal down the _____ to the coast every spring.",
                "Rhine", List.of("Danube", "Elbe", "Oder"), rhine.sentence(), "", false, 3.0);
        assertEquals(Optional.empty(), j.judge().assess(gap, rhine, 0.5));
    }

    @Test
    void aPlaceIsOfferedOnlyBesidePlacesOfItsContinent() {
        Judged j = judged("Traders sailed from Bergen to Kyrgyzstan and back in a single year.");
        Kinds kinds = j.distractors().kinds();
        Sentence s = j.facts().sentences.get(0);
        Candidate kyrgyzstan = new Candidate(s, 25, 35, "Kyrgyzstan", AnswerType.COUNTRY, false);
        assertTrue(kinds.sameKind(kyrgyzstan, "Kazakhstan"), "two Central Asian countries");
        assertFalse(kinds.sameKind(kyrgyzstan, "Brazil"), "a South American country is no option in Central Asia");
    }

    // 2. "Which statement is true" built by swapping one word: the kind is no longer generated.

    @Test
    void noStatementChronologyOrAbbreviationQuestionIsGenerated() {
        GeneratedBank bank = new QuestionGenerator().generate(OtherFieldArticleTest.antibiotics());
        assertFalse(bank.questions().isEmpty());
        bank.questions().forEach(q -> assertTrue(List.of(QuestionKind.GAP_FILL, QuestionKind.WH_QUESTION,
                QuestionKind.DEFINITION).contains(q.kind()), q.kind() + ": " + q.stem()));
    }

    // 3. Trivial blanks.

    @Test
    void aDecimalShareIsRefusedAndAWholeOneKept() {
        Judged j = judged("Renewables supplied 40% of the island's electricity in 2019, up from a third before.",
                "Renewables supplied 40.1% of the country's electricity in 2019, up from a third before.");
        assertTrue(j.blank("40.1%").isPresent());
        assertEquals(Optional.empty(), j.blank("40%"));
    }

    @Test
    void aYearThatOnlyDatesAnotherFigureIsRefused() {
        Judged j = judged("The company paid $15 billion for the rival firm in 2014.",
                "The rival firm was founded in Oslo in 1998 by two engineers.");
        assertTrue(j.blank("2014").isPresent());
        assertEquals(Optional.empty(), j.blank("1998"));
    }

    @Test
    void aPersonNamedOnceIsADetailAndOneTheArticleReturnsToIsNot() {
        Judged j = judged("The book was translated into English by the translator Michael Wells in 2014.",
                "The chemist William Ramsay isolated neon in a London laboratory.",
                "The chemist William Ramsay later won the Nobel Prize for the discovery.");
        assertTrue(j.blank("Michael Wells").orElse("").contains("once"));
        assertEquals(Optional.empty(), j.blank("William Ramsay"));
    }

    // 4. Cued answers.

    @Test
    void anAnswerStandingInTheTitleIsRefused() {
        Judged j = judged(article("The Economy of Norway", "Oil and the fund",
                "Norway saved most of its oil income in a fund that Sweden never built."));
        assertTrue(j.blank("Norway").orElse("").contains("title"));
        assertEquals(Optional.empty(), j.blank("Sweden"));
    }

    @Test
    void aBlankAfterAPossessiveOrATitleOrBeforeItsNounIsRefused() {
        Judged j = judged("The first sign lit up on Paris's Boulevard Montmartre in a cold winter.",
                "Troops from Australia landed at Gallipoli and fought in the Gallipoli campaign for months.",
                "Students in Berlin, Vienna and Prague followed the debate in the newspapers.");
        assertTrue(j.blank("Boulevard Montmartre").isPresent(), "after a possessive");
        assertTrue(j.facts().candidates.stream().flatMap(List::stream)
                .filter(c -> c.text().equals("Gallipoli") && c.start() > 60)
                .allMatch(c -> j.judge().refuseBlank(c, List.of(c)).isPresent()), "before the noun it modifies");
        assertEquals(Optional.empty(), j.blank("Vienna"));
    }

    @Test
    void anAbbreviationSpellingTheListedNamesIsACue() {
        Judged j = judged("The ASEAN talks brought Brazil, Russia and India together with China in Geneva last year.",
                "The summit brought Brazil, Russia and India together with China in Geneva last year.");
        Candidate cued = j.facts().candidates.get(0).stream().filter(c -> c.text().equals("Brazil")).findFirst()
                .orElseThrow();
        Candidate plain = j.facts().candidates.get(1).stream().filter(c -> c.text().equals("Brazil")).findFirst()
                .orElseThrow();
        // ASEAN holds neither B nor R: no cue. BRIC would.
        assertEquals(Optional.empty(), j.judge().refuseBlank(cued, j.facts().candidates.get(0)));
        Judged k = judged("The BRIC talks brought Brazil, Russia and India together with China in Geneva last year.");
        Candidate spelled = k.candidate("India");
        assertTrue(k.judge().refuseBlank(spelled, k.facts().candidates.get(0)).isPresent());
        assertEquals(Optional.empty(), j.judge().refuseBlank(plain, j.facts().candidates.get(1)));
    }

    @Test
    void aNationalityJustBeforeAPersonIsACue() {
        Judged j = judged("The Dutch explorer Abel Tasman sighted the coast in 1642 with two ships.",
                "The explorer Abel Tasman sighted the coast again on a later voyage with two ships.");
        Candidate cued = j.facts().candidates.get(0).stream().filter(c -> c.text().equals("Abel Tasman")).findFirst()
                .orElseThrow();
        Candidate plain = j.facts().candidates.get(1).stream().filter(c -> c.text().equals("Abel Tasman"))
                .findFirst().orElseThrow();
        assertTrue(j.judge().refuseBlank(cued, j.facts().candidates.get(0)).orElse("").contains("nationality"));
        assertFalse(j.judge().refuseBlank(plain, j.facts().candidates.get(1)).orElse("").contains("nationality"));
    }

    // 5. Sentences that cannot carry a question.

    @Test
    void sentencesThatDoNotStandAloneAreRefused() {
        Judged j = judged("I moved to Leeds in 2009 and started the bakery there.",
                "This bridge carried the railway across the river until 1950.",
                "He signed the treaty in Vienna in 1815.",
                "Photo courtesy of the Library of Congress, taken in 1936.",
                "“We will not pay,” said the minister in 1990.",
                "Stalactite.jpg|thumb|A limestone cave was photographed near the town in 1990]]",
                "The railway crossed the river at Newcastle on a bridge opened in 1850.");
        int last = j.facts().sentences.size() - 1;
        for (int i = 0; i < last; i++) {
            assertTrue(j.sentence(i).isPresent(), j.facts().sentences.get(i).text());
        }
        assertEquals(Optional.empty(), j.sentence(last));
    }

    @Test
    void aSentenceWithoutAVerbIsACaption() {
        Judged j = judged("A barge on the Rhine near Cologne, with the cathedral behind it.",
                "Barges on the Rhine near Cologne carried coal until 1960.");
        assertTrue(j.sentence(0).isPresent());
        assertEquals(Optional.empty(), j.sentence(1));
    }

    // 6. Two defensible answers.

    @Test
    void aNumberAfterABoundIsRefused() {
        Judged j = judged(lessons("Inflation in the country peaked at 14% during the oil crisis.",
                "By 1983, inflation in the country had fallen below 4% for the first time."));
        assertTrue(j.blank("4%").orElse("").contains("bound"));
        assertEquals(Optional.empty(), j.blank("14%"));
    }

    @Test
    void twoYearsInOneSentenceGiveTheirOrderAway() {
        Judged j = judged("The treaty was signed in 1992 and entered into force in 1994.",
                "The treaty entered into force in the capital in 1994.");
        assertTrue(j.facts().candidates.get(0).stream().filter(c -> c.type() == AnswerType.YEAR)
                .allMatch(c -> j.judge().refuseBlank(c, j.facts().candidates.get(0)).isPresent()));
        assertEquals(Optional.empty(), j.blank("1994").filter(r -> !r.contains("two dates")));
    }

    @Test
    void yearOptionsAreAtLeastThreeYearsApart() {
        List<String> side = Articles.list("1688", "1690", "1686", "1692", "1700");
        NumberDistractors.spaced(side, 1689, AnswerType.YEAR);
        assertEquals(List.of("1686", "1692", "1700"), side);
        List<String> shares = Articles.list("14.9%", "15.6%", "23%", "31%");
        NumberDistractors.spaced(shares, 15, AnswerType.PERCENT);
        assertEquals(List.of("23%", "31%"), shares);
    }

    @Test
    void oneEndOfARangeOrANumberBesideItsConversionIsRefused() {
        Judged j = judged(lessons("A decent gaming computer was priced between $600 and $800 before the monitor.",
                "The cargo craft broke up at an altitude of 190 kilometers (118 miles) over Siberia.",
                "The central bank let short-term interest rates rise as high as 20% that autumn.",
                "The gaming computer sold for $800 without the monitor in most shops."));
        assertTrue(j.blank("$800").orElse("").contains("range"));
        assertTrue(j.blank("190 kilometers").isPresent());
        assertTrue(j.blank("20%").orElse("").contains("bound"));
        Candidate plain = j.facts().candidates.stream().flatMap(List::stream)
                .filter(c -> c.text().equals("$800") && c.sentence().lesson() == 3).findFirst().orElseThrow();
        assertEquals(Optional.empty(), j.judge().refuseBlank(plain, j.facts().candidates.get(plain.sentence().index())));
    }

    @Test
    void aYearInANameADatelineAndARelativeDateAreRefused() {
        Judged j = judged("Funds are regulated under the Investment Company Act of 1940 in the United States.",
                "April 17, 2015 -- Doctors in the hospital could not stop the infection from spreading.",
                "The cost of interest is on track to hit $390 billion next year, the budget office said.",
                "Congress passed the Investment Company Act in 1940 after a decade of scandals.");
        assertTrue(j.blank("1940").orElse("").contains("name"));
        assertTrue(j.sentence(1).isPresent(), "a dateline");
        assertTrue(j.sentence(2).isPresent(), "next year: relative to a date the stem does not give");
        Candidate plain = j.facts().candidates.get(3).stream().filter(c -> c.text().equals("1940")).findFirst()
                .orElseThrow();
        assertEquals(Optional.empty(), j.judge().refuseBlank(plain, j.facts().candidates.get(3)));
    }

    @Test
    void aPronounWithNothingBeforeItToPointAtIsRefused() {
        Judged j = judged("Biologists have described about 1,300 animals, and they live everywhere from the sea to glaciers.",
                "They live everywhere from the deep sea to Himalayan glaciers, in about 1,300 forms.");
        assertEquals(Optional.empty(), j.sentence(0), "they points at the animals named before it");
        assertTrue(j.sentence(1).isPresent());
    }

    @Test
    void formerAndLatterPointBackOnlyWhenTheyStandForANoun() {
        Judged j = judged("Farmers grew wheat and barley on the plain, and the latter was sold to brewers in the town.",
                "Thousands of engineers moved to Finland from the former Soviet Union in the 1990s.",
                "The harvest was better in the latter half of the decade than in any year before it.");
        assertTrue(j.sentence(0).isPresent(), "the latter stands for barley, which the stem may not show");
        assertEquals(Optional.empty(), j.sentence(1), "the former Soviet Union is a name, not a reference");
        assertEquals(Optional.empty(), j.sentence(2), "the latter half qualifies a noun");
    }

    @Test
    void aSentenceIsNotCutAfterAPersonsInitials() {
        Judged j = judged("In 1991 President George H.W. Bush held back loan guarantees for new housing in the region. "
                + "The talks in Madrid went ahead later that year.");
        assertEquals("In 1991 President George H.W. Bush held back loan guarantees for new housing in the region.",
                j.facts().sentences.get(0).text());
        assertEquals("The talks in Madrid went ahead later that year.", j.facts().sentences.get(1).text());
    }

    @Test
    void syntheticNumbersAreNotASeriesAroundTheAnswer() {
        Judged j = judged("The station held 7,500 litres of water for the crew.",
                "A second tank held 900 litres for the garden.");
        Candidate c = j.candidate("7,500 litres");
        for (int place = 0; place < 4; place++) {
            List<String> wrong = j.distractors().forNumber(c, "The station held _____ of water.", place, o -> false)
                    .orElseThrow();
            List<Double> values = new java.util.ArrayList<>(wrong.stream().map(o -> Numbers.value(o).orElseThrow())
                    .toList());
            values.add(7500.0);
            values.sort(Double::compare);
            boolean arithmetic = values.get(1) - values.get(0) == values.get(2) - values.get(1)
                    && values.get(2) - values.get(1) == values.get(3) - values.get(2);
            boolean multiples = values.stream().allMatch(v -> v % 7500 == 0 || 7500 % v == 0);
            assertFalse(arithmetic || multiples, wrong.toString());
        }
    }

    @Test
    void aCountIsNeverAskedAndASumOnlyWhenTheArticlePutsItForward() {
        Judged j = judged("The city spent $2 billion on its water mains in the decade after the flood.",
                "Crews replaced pipes along the river, and the city paid $40 million for new pumps that winter.",
                "The department now keeps 25 crews repairing potholes across the five boroughs.");
        assertEquals(Optional.empty(), j.blank("$2 billion"), "the lesson's opening figure");
        assertTrue(j.blank("$40 million").orElse("").contains("put forward"));
        assertTrue(j.blank("25 crews").orElse("").contains("count"));
    }

    // 7. One question per sentence, long stems ranked down, never padding.

    @Test
    void aLessonUsesEachSentenceOnceAndKeepsOnlyWhatClearsTheBar() {
        GeneratedBank bank = new QuestionGenerator().generate(OtherFieldArticleTest.antibiotics());
        for (LessonBank lesson : bank.lessons()) {
            List<String> sources = lesson.questions().stream().map(q -> q.source().text()).toList();
            assertEquals(sources.size(), java.util.Set.copyOf(sources).size(), sources.toString());
            assertTrue(lesson.questions().size() <= Selection.MAX_PER_LESSON);
        }
        bank.questions().forEach(q -> {
            assertTrue(q.quality() >= 50, q.quality() + " " + q.stem());
            assertFalse(q.reasons().isEmpty(), q.stem());
        });
    }

    @Test
    void aLessonWithoutAFactWorthAskingKeepsNoQuestion() {
        Article article = article("Walking", "Why walk",
                "Walking is good for you, and most people enjoy it more than they expect.",
                "It costs nothing and needs no special clothes or training.");
        GeneratedBank bank = new QuestionGenerator().generate(article);
        assertEquals(0, bank.questions().size());
    }

    // Definition questions.

    @Test
    void aDefiningSentenceOrAGlossaryLineGivesADefinitionAndAJudgementDoesNot() {
        List<Sentence> sentences = Articles.sentences(Articles.oneLesson(
                "A tun is a dry, barrel-shaped husk that a tardigrade forms when its pond dries out.",
                "Collection: A labelled subset of tasks belonging to one queue.",
                "The film is a rare movie that manages to be witty and warm.",
                "Roads are the main cause of death for urban foxes in the city."));
        assertEquals(Optional.of("tun"), Definitions.definition(sentences.get(0)).map(Definitions.Definition::term));
        assertEquals(Optional.of("collection"),
                Definitions.definition(sentences.get(1)).map(Definitions.Definition::term));
        assertEquals(Optional.empty(), Definitions.definition(sentences.get(2)), "praise, not a definition");
        assertEquals(Optional.empty(), Definitions.definition(sentences.get(3)), "a fact about roads");
    }

    @Test
    void aDefinitionQuestionOffersOtherTermsTheArticleDefines() {
        Article article = article("Job queues", "Terms",
                "Task: A unit of work that is scheduled to run once.",
                "Collection: A labelled subset of jobs that belong together.",
                "Lambda: A callback that implements the business logic.",
                "Worker: A process that pulls jobs from a store and runs them.",
                "Frontend: A service that accepts requests from clients over the network.");
        GeneratedBank bank = new QuestionGenerator().generate(article);
        GeneratedQuestion q = bank.questions().stream().filter(x -> x.kind() == QuestionKind.DEFINITION)
                .findFirst().orElseThrow(() -> new AssertionError(BankPrinter.print(bank)));
        assertTrue(q.stem().startsWith("What is the term for a "), q.stem());
        List<String> terms = List.of("task", "collection", "lambda", "worker", "frontend");
        q.options().forEach(o -> assertTrue(terms.contains(o), o));
        assertTrue(q.reasons().contains("a term the article defines"), q.reasons().toString());
    }

    // Round 5's patterns (docs/question-review/round-5/figures.md).

    @Test
    void oneNameOfALongListIsADetailButOneOfAShortListIsKept() {
        Judged j = judged("Tin is mined in Bolivia, Peru, Brazil, Malaysia, Indonesia and Nigeria for the smelters.",
                "The smelters of Penang and Singapore sold the tin to Liverpool in 1900.");
        assertTrue(j.blank("Malaysia").orElse("").contains("long list"), j.blank("Malaysia").toString());
        assertFalse(j.blank("Singapore").orElse("").contains("long list"), j.blank("Singapore").toString());
    }

    @Test
    void aPlaceInAppositionToAnotherPlaceIsGeneralKnowledge() {
        Judged j = judged("The banking families of Siena, Italy, lent money to the popes for two centuries.",
                "The painter died in Amsterdam, Holland, after a short illness in 1675.",
                "The bankers of Siena lent money to the kings of England and France for two centuries.");
        assertTrue(j.blank("Italy").orElse("").contains("where it lies"), j.blank("Italy").toString());
        assertTrue(j.blank("Amsterdam").orElse("").contains("where it lies"), j.blank("Amsterdam").toString());
        assertTrue(j.blank("Holland").orElse("").contains("where it lies"), j.blank("Holland").toString());
        assertFalse(j.blank("England").orElse("").contains("where it lies"), j.blank("England").toString());
    }

    @Test
    void aPronounThatTellsThePersonsSexRefusesAPersonBlank() {
        Judged j = judged("The physicist Lise Meitner explained nuclear fission in 1939.",
                "The physicist Otto Frisch measured the energy of fission with her in Copenhagen in 1939.",
                "The physicist Otto Frisch and the physicist Lise Meitner wrote the paper in Copenhagen in 1939.");
        Candidate cued = j.facts().candidates.get(1).stream().filter(c -> c.text().equals("Otto Frisch"))
                .findFirst().orElseThrow();
        Candidate plain = j.facts().candidates.get(2).stream().filter(c -> c.text().equals("Otto Frisch"))
                .findFirst().orElseThrow();
        assertTrue(j.judge().refuseBlank(cued, j.facts().candidates.get(1)).orElse("").contains("sex"));
        assertFalse(j.judge().refuseBlank(plain, j.facts().candidates.get(2)).orElse("").contains("sex"));
    }

    @Test
    void bracketsEmptiedOrLeftOpenMarkAGarbledSentence() {
        Judged j = judged("The aardvark (; Orycteropus afer) is a burrowing mammal of Africa.",
                "The Japanese abacus, known as the soroban (算盤, lit.",
                "The aardvark (Orycteropus afer) is a burrowing mammal native to Africa.");
        assertTrue(j.sentence(0).orElse("").contains("emptied"), j.sentence(0).toString());
        assertTrue(j.sentence(1).orElse("").contains("without its pair"), j.sentence(1).toString());
        assertFalse(j.sentence(2).orElse("").contains("bracket"), j.sentence(2).toString());
    }

    @Test
    void aYearThatBoundsAPeriodIsRefusedButAYearThatDatesAnEventIsKept() {
        Judged j = judged("The old mint produced silver coins for the colony until 1916.",
                "The old mint produced its first silver coins for the colony in 1855.");
        assertTrue(j.blank("1916").orElse("").contains("bounds a period"), j.blank("1916").toString());
        assertFalse(j.blank("1855").orElse("").contains("bounds a period"), j.blank("1855").toString());
    }

    @Test
    void aSentenceCutShortOrHoldingAFileNameIsRefused() {
        Judged j = judged("The emperor was crowned in Aachen in 1520 …",
                "File:Gaida.jpg%7CA shepherd from Skopje playing the gaida in 1930.",
                "The emperor was crowned in Aachen in 1520 and ruled for thirty years.");
        assertTrue(j.sentence(0).orElse("").contains("ellipsis"), j.sentence(0).toString());
        assertTrue(j.sentence(1).isPresent(), j.sentence(1).toString());
        assertEquals(Optional.empty(), j.sentence(2));
    }

    @Test
    void optionsInCapitalsOrWithMarkupDoNotStandBesideAPlainAnswer() {
        assertFalse(Distractors.sameCasing("WIESBADEN", "Lancaster"));
        assertTrue(Distractors.sameCasing("Wiesbaden", "Lancaster"));
        assertTrue(Distractors.sameCasing("NATO", "Lancaster"), "an acronym is written in capitals anyway");
        assertTrue(Distractors.isMarkup("Category:Roman Catholic"));
        assertTrue(Distractors.isMarkup("Glass_Mountain"));
        assertFalse(Distractors.isMarkup("Saint-Malo"));
    }

    @Test
    void aTermTheArticleNamesIsNotBlanked() {
        Judged j = judged("Green quartz, also known as prasiolite, is made by heating amethyst.",
                "Smoky quartz, also called morion, is grey to black.",
                "Yellow quartz, known as citrine, is rare in nature.",
                "Heated amethyst turns into citrine, and heated smoky quartz into morion or prasiolite.");
        Sentence first = j.facts().sentences.get(0);
        int at = first.text().indexOf("prasiolite");
        Candidate term = new Candidate(first, at, at + "prasiolite".length(), "prasiolite", AnswerType.DEFINED, false);
        assertTrue(j.judge().refuseBlank(term, j.facts().candidates.get(0)).orElse("")
                .contains("term the article names"));
    }
}
