package org.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The word and lesson caps, at the cap and one over, on articles built in code and read by the real reader. */
class ArticleLimitsTest {

    private static final String WORDS_REFUSED = "The article has 50,001 words; Lectern reads at most 50,000 words "
            + "in one course: split it into several files.";
    private static final String LESSONS_REFUSED = "The article has 501 sections; Lectern makes at most 500 "
            + "lessons in one course: split it into several files.";

    @Test
    void wordsAreRunsHoldingALetterOrADigit() {
        assertThat(ArticleLimits.words("In 1928, Fleming’s dish — a mould! — killed 90% of the bacteria.")).isEqualTo(11);
        assertThat(ArticleLimits.words("  ")).isZero();
    }

    @Test
    void textWrittenWithoutSpacesCountsTwoLettersAWord() {
        assertThat(ArticleLimits.words("養蚕は絹糸をとる技術である。")).isEqualTo(7);
        assertThat(ArticleLimits.words("富岡製糸場 opened in 1872.")).isEqualTo(6);
    }

    @Test
    void anArticleAtTheWordCapIsAcceptedAndOneWordMoreIsRefused() throws ArticleRejectedException {
        ArticleLimits.check(article(ArticleLimits.MAX_WORDS, 1));
        assertThatThrownBy(() -> ArticleLimits.check(article(ArticleLimits.MAX_WORDS + 1, 1)))
                .isInstanceOf(ArticleRejectedException.class).hasMessage(WORDS_REFUSED);
    }

    @Test
    void anArticleAtTheLessonCapIsAcceptedAndOneLessonMoreIsRefused() throws ArticleRejectedException {
        ArticleLimits.check(article(3 * ArticleLimits.MAX_LESSONS, ArticleLimits.MAX_LESSONS));
        assertThatThrownBy(() -> ArticleLimits.check(article(3 * (ArticleLimits.MAX_LESSONS + 1),
                ArticleLimits.MAX_LESSONS + 1))).isInstanceOf(ArticleRejectedException.class)
                .hasMessage(LESSONS_REFUSED);
    }

    @Test
    void theReaderKeepsEveryWordOfThisProseSoTheCountsBelowAreExact() throws ArticleRejectedException {
        Article article = new ArticleReader().read("small.md", markdown(3_000, 10));
        assertThat(ArticleLimits.words(article)).isEqualTo(3_000);
        assertThat(article.lessons()).hasSize(10);
    }

    @Test
    void theReaderAcceptsAFileAtTheWordCapAndRefusesOneWordMore() throws ArticleRejectedException {
        Article article = new ArticleReader().read("cap.md", markdown(ArticleLimits.MAX_WORDS, 200));
        assertThat(ArticleLimits.words(article)).isEqualTo(ArticleLimits.MAX_WORDS);
        assertThatThrownBy(() -> new ArticleReader().read("over.md", markdown(ArticleLimits.MAX_WORDS + 1, 200)))
                .isInstanceOf(ArticleRejectedException.class).hasMessage(WORDS_REFUSED);
    }

    @Test
    void theReaderAcceptsAFileAtTheLessonCapAndRefusesOneLessonMore() throws ArticleRejectedException {
        int lessons = ArticleLimits.MAX_LESSONS;
        assertThat(new ArticleReader().read("cap.md", markdown(30 * lessons, lessons)).lessons()).hasSize(lessons);
        assertThatThrownBy(() -> new ArticleReader().read("over.md", markdown(30 * (lessons + 1), lessons + 1)))
                .isInstanceOf(ArticleRejectedException.class).hasMessage(LESSONS_REFUSED);
    }

    /** An article of exactly this many words spread evenly over this many lessons. */
    private static Article article(int words, int lessons) {
        List<Section> sections = new ArrayList<>();
        for (int l = 0; l < lessons; l++) {
            int share = words / lessons + (l < words % lessons ? 1 : 0);
            sections.add(new Section("Part " + (l + 1), List.of(prose(l, share)), List.of(), List.of()));
        }
        return new Article("Limits", "", "", sections, List.of(), List.of());
    }

    /** A Markdown file of exactly this many words of prose under this many headings. */
    private static byte[] markdown(int words, int lessons) {
        StringBuilder out = new StringBuilder("# The mills of the valley\n\n");
        for (int l = 0; l < lessons; l++) {
            int share = words / lessons + (l < words % lessons ? 1 : 0);
            out.append("## Part ").append(l + 1).append('\n').append('\n');
            // Paragraphs of at most a hundred words and of even length, as prose has (a one-word line is noise).
            int paragraphs = (share + 99) / 100;
            for (int p = 0; p < paragraphs; p++) {
                int n = share / paragraphs + (p < share % paragraphs ? 1 : 0);
                out.append(prose(l * 1000 + p, n)).append("\n\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Exactly {@code words} words of varied sentences, each ending in a full stop. */
    private static String prose(int seed, int words) {
        String[] pattern = ("In the spring of year %d the miller of the village carried %d sacks of grain across the "
                + "old stone bridge to the market by the river").split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = pattern[i % pattern.length];
            if (w.equals("%d")) {
                w = String.valueOf(i % pattern.length == 4 ? 1200 + seed % 700 : 2 + (seed + i) % 97);
            }
            out.append(i == 0 ? "" : " ").append(i % pattern.length == 0 ? w : w.toLowerCase(java.util.Locale.ROOT));
            if (i % pattern.length == pattern.length - 1 || i == words - 1) {
                out.append('.');
            }
        }
        return out.toString();
    }
}
