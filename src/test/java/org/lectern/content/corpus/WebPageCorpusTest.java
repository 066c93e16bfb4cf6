package org.lectern.content.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader on 57 real web pages from Mozilla Readability's test suite, each as saved HTML, as text copied from the
 * whole page and as a crawler's Markdown of the whole page, scored as {@code score.py} scores them.
 */
class WebPageCorpusTest {

    @ParameterizedTest
    @ValueSource(strings = {"html", "txt", "md"})
    void everyRenderingOfEveryPageBecomesItsMainText(String rendering) {
        List<CorpusScore.PageScore> scores = CorpusScore.pages().stream()
                .map(page -> CorpusScore.score(page, rendering)).toList();
        var summary = CorpusScore.summarise(rendering, scores);
        String worst = scores.stream().sorted(Comparator.comparingDouble(CorpusScore.PageScore::f1)).limit(8)
                .map(s -> "%s F1 %.2f%s".formatted(s.page(), s.f1(), s.refused() ? " refused: " + s.error() : ""))
                .collect(Collectors.joining("; "));

        assertThat(summary.pages()).isEqualTo(57);
        assertThat(scores).as("refused pages").noneMatch(CorpusScore.PageScore::refused);
        assertThat(summary.meanF1()).as("mean F1 (%s); lowest: %s", summary, worst).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.atLeast90()).as("pages at F1 >= 0.9 (%s)", summary).isGreaterThanOrEqualTo(52);
        assertThat(summary.titles()).as("titles found (%s)", summary).isGreaterThanOrEqualTo(52);
    }
}
