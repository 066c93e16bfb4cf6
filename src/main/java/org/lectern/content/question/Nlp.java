package org.lectern.content.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP sentence detection, tokenising, tagging and lemmatising. The models are read once per process (they are
 * thread-safe and take a few hundred milliseconds to load); the ME wrappers are not thread-safe, so each generator
 * run makes its own cheap {@code Nlp}.
 */
final class Nlp {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME penn;
    private final POSTaggerME universal;
    private final LemmatizerME lemmatizer;

    Nlp() {
        Models m = Models.INSTANCE;
        sentences = new SentenceDetectorME(m.sentence);
        tokenizer = new TokenizerME(m.tokens);
        penn = new POSTaggerME(m.pos, POSTagFormat.PENN);
        // The lemmatizer was trained on the universal tags the POS model emits natively, so it gets those.
        universal = new POSTaggerME(m.pos, POSTagFormat.UD);
        lemmatizer = new LemmatizerME(m.lemmas);
    }

    /**
     * The paragraph's sentences. The model ends a sentence after a person's middle initials ("President George H.W."
     * | "Bush said ..."), so a sentence that ends with initials right after a capitalised name, and is followed by a
     * capitalised word, is joined to the next one; "in the U.S." at a sentence's end follows a lower-case word and
     * stays.
     */
    Span[] sentences(String paragraph) {
        Span[] found = sentences.sentPosDetect(paragraph);
        java.util.List<Span> joined = new java.util.ArrayList<>();
        for (Span span : found) {
            Span last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && INITIALS_END.matcher(last.getCoveredText(paragraph)).find()
                    && Character.isUpperCase(paragraph.charAt(span.getStart()))) {
                joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        return joined.toArray(Span[]::new);
    }

    /** A capitalised name followed by one to three initials at the end of a sentence: "George H.W.", "John F.". */
    private static final java.util.regex.Pattern INITIALS_END =
            java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.\\s?){1,3}$");

    Span[] tokens(String sentence) {
        return tokenizer.tokenizePos(sentence);
    }

    String[] pennTags(String[] tokens) {
        return penn.tag(tokens);
    }

    String[] lemmas(String[] tokens) {
        return lemmatizer.lemmatize(tokens, universal.tag(tokens));
    }

    /** Loads the models from the opennlp-models jars on first use. */
    private static final class Models {
        static final Models INSTANCE = new Models();

        final SentenceModel sentence;
        final TokenizerModel tokens;
        final POSModel pos;
        final LemmatizerModel lemmas;

        private Models() {
            try {
                sentence = new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
                tokens = new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
                pos = new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
                lemmas = new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));
            } catch (IOException e) {
                throw new UncheckedIOException("OpenNLP English models could not be read", e);
            }
        }

        private static InputStream open(String resource) throws IOException {
            InputStream in = Nlp.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en jars)");
            }
            return in;
        }
    }
}
