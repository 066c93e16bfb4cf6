package org.lectern.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which language an article is written in, with OpenNLP's language detector (103 languages, trained on
 * Leipzig corpora; {@code opennlp-models-langdetect}). The question generator reads English only, so an article in
 * another language is read and structured like any other but gets no generated questions.
 *
 * <p>Rules: the detector sees up to the first 20,000 characters of the lessons' text; a text under 40 letters is
 * too short to tell and stays {@link #UNDETERMINED}, as does a guess the detector itself is unsure of. Codes are
 * ISO 639-1 where the language has one ("fr", "ja"), as HTML's {@code lang} attribute wants.
 */
public final class Language {

    public static final String ENGLISH = "en";
    public static final String UNDETERMINED = "und";

    private static final int SAMPLE_CHARS = 20_000;
    private static final int MIN_LETTERS = 40;
    private static final double MIN_CONFIDENCE = 0.1;
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private Language() {
    }

    public static String detect(CharSequence text) {
        var sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        var best = new LanguageDetectorME(Model.INSTANCE).predictLanguage(sample);
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return UNDETERMINED;
        }
        return TWO_LETTER.getOrDefault(best.getLang(), best.getLang());
    }

    /** Whether questions are generated for text in this language: English, or a text too short to tell. */
    public static boolean generatesQuestions(String code) {
        return ENGLISH.equals(code) || UNDETERMINED.equals(code);
    }

    /** The language's name in English ("French"), or "an undetermined language". */
    public static String name(String code) {
        if (code == null || code.isBlank() || UNDETERMINED.equals(code)) {
            return "an undetermined language";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? "the language “" + code + "”" : name;
    }

    /** ISO 639-3 (what the detector answers) to ISO 639-1, for every language Java knows both codes of. */
    private static Map<String, String> twoLetterCodes() {
        var codes = new HashMap<String, String>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form keeps the detector's own
            }
        }
        // The detector names macro-languages' members; their readers know them by the macro-language.
        codes.put("cmn", "zh");
        codes.put("zsm", "ms");
        codes.put("pes", "fa");
        codes.put("ekk", "et");
        codes.put("lvs", "lv");
        codes.put("swh", "sw");
        codes.put("nob", "no");
        return Map.copyOf(codes);
    }

    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = Language.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
                if (in == null) {
                    throw new IOException("langdetect-183.bin is not on the classpath (opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the language detection model could not be read", e);
            }
        }
    }
}
