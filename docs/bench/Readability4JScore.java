package org.lectern.content.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.dankito.readability4j.Readability4J;
import org.lectern.content.Article;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.Section;
import org.lectern.content.read.ArticlePipeline;

/**
 * Scores Readability4J on the web-page corpus with CorpusScore's measures, two ways: its text content scored
 * directly ("text"), and its extracted HTML (with its title) read by Lectern's HTML reader ("via reader").
 */
public final class Readability4JScore {
    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        int n = 0, crashed = 0, refusedReader = 0, ge90Text = 0, ge90Reader = 0, titles = 0, titlesReader = 0;
        double sumText = 0, sumReader = 0;
        for (Path page : CorpusScore.pages()) {
            n++;
            String expected = CorpusScore.expectedText(page);
            String title = CorpusScore.expectedTitle(page);
            double fText = 0, fReader = 0;
            String gotTitle = "", err = "";
            try {
                String html = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
                var article = new Readability4J("http://fakehost/test/page.html", html).parse();
                String content = article.getContent() == null ? "" : article.getContent();
                gotTitle = article.getTitle() == null ? "" : article.getTitle();
                fText = f1(article.getTextContent() == null ? "" : article.getTextContent(), expected);
                if (CorpusScore.titleMatches(gotTitle, title)) titles++;
                String wrapped = "<!DOCTYPE html><html><head><title>" + gotTitle.replace("<", "&lt;")
                        + "</title></head><body>" + content + "</body></html>";
                try {
                    Article a = ArticlePipeline.read("source.html", wrapped.getBytes(StandardCharsets.UTF_8));
                    var parts = new ArrayList<String>();
                    for (Section s : a.lessons()) {
                        parts.add(s.title());
                        parts.addAll(s.paragraphs());
                        parts.addAll(s.captions());
                    }
                    fReader = f1(String.join(" ", parts), expected);
                    if (CorpusScore.titleMatches(a.title(), title)) titlesReader++;
                } catch (ArticleRejectedException e) {
                    refusedReader++;
                }
            } catch (Throwable t) {
                crashed++;
                err = t.toString();
            }
            sumText += fText; sumReader += fReader;
            if (fText >= 0.9) ge90Text++;
            if (fReader >= 0.9) ge90Reader++;
            if (verbose) System.out.printf("  %-40s text F1=%.2f reader F1=%.2f title=%s %s%n", page.getFileName(),
                    fText, fReader, gotTitle, err);
        }
        System.out.printf("readability4j text: pages %d, failed %d, mean F1 %.3f, F1>=0.9 %d, titles %d%n", n, crashed,
                sumText / n, ge90Text, titles);
        System.out.printf("readability4j via reader: pages %d, refused %d, mean F1 %.3f, F1>=0.9 %d, titles %d%n", n,
                crashed + refusedReader, sumReader / n, ge90Reader, titlesReader);
    }

    static double f1(String got, String expected) {
        var g = bag(got); var e = bag(expected);
        long common = 0;
        for (var x : g.entrySet()) common += Math.min(x.getValue(), e.getOrDefault(x.getKey(), 0));
        double p = common / (double) Math.max(1, g.values().stream().mapToLong(i -> i).sum());
        double r = common / (double) Math.max(1, e.values().stream().mapToLong(i -> i).sum());
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }

    static Map<String, Integer> bag(String text) {
        var bag = new HashMap<String, Integer>();
        CorpusScore.words(text).forEach(w -> bag.merge(w, 1, Integer::sum));
        return bag;
    }
}
