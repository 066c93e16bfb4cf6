package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.Endnote;
import org.lectern.content.QuestionGenerator;
import org.lectern.content.Section;

/** An article far from the seed's field, to show nothing in the generator is tuned to one article. */
class OtherFieldArticleTest {

    static Article antibiotics() {
        Section discovery = new Section("The discovery of penicillin", List.of(
                "In 1928, Alexander Fleming noticed that a mould had killed the bacteria in one of his dishes in London. "
                        + "He named the substance penicillin and published his findings in 1929. "
                        + "For a decade, few chemists believed that the substance could be made in useful amounts.",
                "In 1940, Howard Florey and his team in Oxford showed that penicillin cured infected mice. "
                        + "The first patient was treated in 1941, but supplies ran out before he recovered."),
                List.of(), List.of(new Citation(0, 104, 1)));
        Section industry = new Section("From laboratory to industry", List.of(
                "Production moved to the United States, where factories in Peoria grew the mould in deep tanks. "
                        + "By 1944, American firms made enough penicillin to treat every wounded soldier in France. "
                        + "The price of a dose fell by 90% between 1943 and 1946.",
                "The project cost the government about $20 million, a large sum for medicine at the time."),
                List.of(), List.of(new Citation(1, 88, 2)));
        Section resistance = new Section("Resistance", List.of(
                "Fleming warned in 1945 that careless use would breed resistant bacteria. "
                        + "Today the World Health Organization (WHO) lists antibiotic resistance among the top threats "
                        + "to global health. "
                        + "In some countries, 40% of infections no longer respond to the usual drugs.",
                "The European Medicines Agency (EMA) now asks doctors in Germany and Italy to report resistant cases."),
                List.of(), List.of());
        return new Article("A short history of antibiotics", "", "", List.of(discovery, industry, resistance),
                List.of(new Endnote(1, "Fleming, A. (1929). On the antibacterial action of cultures.", ""),
                        new Endnote(2, "Neushul, P. (1993). Science, government and the mass production of penicillin.",
                                "")), List.of());
    }

    @Test
    void anArticleOnMedicineGetsLintCleanQuestionsWithinTheLessonLimits() {
        Article article = antibiotics();
        GeneratedBank bank = new QuestionGenerator().generate(article);
        LintContext context = LintContext.forArticle(article);
        QuestionLint lint = new QuestionLint();
        assertFalse(bank.questions().isEmpty());
        bank.questions().forEach(q -> assertEquals(List.of(), lint.check(q, context), BankPrinter.print(q)));
        assertEquals(List.of(), new BankLint().check(bank));
        bank.lessons().forEach(l -> assertTrue(l.questions().size() <= Selection.MAX_PER_LESSON, "lesson " + l.lesson()));
    }

    @Test
    void yearOptionsRespectAnArticleDateGivenAsAParameter() {
        GeneratedBank bank = new QuestionGenerator().generate(antibiotics(), 1950);
        bank.questions().stream().flatMap(q -> q.options().stream()).filter(Numbers::isYear)
                .forEach(y -> assertTrue(Integer.parseInt(y) <= 1950, y));
    }
}
