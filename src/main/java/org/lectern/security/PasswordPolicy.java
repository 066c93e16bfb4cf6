package org.lectern.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable for a new account: long enough to resist guessing, not the user name, and not one
 * of the passwords every attacker tries first. Length beats composition rules (no "one digit, one symbol"), as NIST
 * SP 800-63B advises; the list of common passwords catches long ones that are still guessed first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads only the first 72 bytes, and Spring's encoder refuses anything longer rather than cut it. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {
    }

    /**
     * The reasons the password is not acceptable for this user name, in plain words; empty when it is.
     *
     * @param username the user name the password is for, as typed; blank when not chosen yet
     */
    public static List<String> problems(String password, String username) {
        if (password == null || password.isEmpty()) {
            return List.of("Choose a password.");
        }
        var problems = new ArrayList<String>();
        var length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters; this one has " + length + ".");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("Use at most " + MAX_BYTES + " characters (accented letters and symbols count double).");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        var name = Accounts.normalise(username);
        if (!name.isEmpty() && lower.contains(name)) {
            problems.add("Don't use your user name in your password.");
        }
        if (COMMON.contains(lower.strip())) {
            problems.add("This is one of the most common passwords, which are guessed first. Choose another.");
        }
        return List.copyOf(problems);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the list of common passwords", e);
        }
    }
}
