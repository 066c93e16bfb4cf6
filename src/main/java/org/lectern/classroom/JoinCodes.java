package org.lectern.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Makes the codes students type to join a class. Eight characters from an alphabet without look-alikes (no 0/O,
 * 1/I/l), so a code read off a projector or a whiteboard is typed right the first time; drawn from a
 * {@link SecureRandom} so codes cannot be guessed from earlier ones.
 */
public final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    /** 31^8 codes make a clash rare; a few tries more than cover it, and a stuck loop would hide a bug. */
    static final int MAX_TRIES = 20;

    private final RandomGenerator random;

    JoinCodes() {
        this(new SecureRandom());
    }

    JoinCodes(RandomGenerator random) {
        this.random = random;
    }

    /** A fresh code that {@code taken} does not reject. */
    String next(Predicate<String> taken) {
        for (int i = 0; i < MAX_TRIES; i++) {
            var code = draw();
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find an unused join code after " + MAX_TRIES + " tries.");
    }

    private String draw() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored: students may type it in lower case, with spaces or a dash in the middle. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
