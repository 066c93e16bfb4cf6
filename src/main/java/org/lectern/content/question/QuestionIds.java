package org.lectern.content.question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable question ids: the same sentence asked the same way keeps its id across re-imports. */
public final class QuestionIds {

    private QuestionIds() {
    }

    public static String id(String generatorVersion, QuestionKind kind, String sourceSentence, String answer) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = generatorVersion + "\u0000" + kind.name() + "\u0000" + sourceSentence.strip() + "\u0000"
                    + answer.strip();
            byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
