package org.lectern.course.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of the GIFT Lectern writes, following Moodle's rules: blank lines part questions, {@code //}
 * lines are comments, {@code \x} is the character x and {@code \n} a line break, {@code =} marks the correct
 * option, {@code ~} a wrong one, {@code ####} the general feedback.
 */
public final class GiftReader {

    private GiftReader() {
    }

    public static List<ReadQuestion> read(String gift) {
        var questions = new ArrayList<ReadQuestion>();
        String category = null;
        for (var block : gift.split("\n[ \t]*\n")) {
            var comments = new ArrayList<String>();
            var body = new StringBuilder();
            for (var line : block.split("\n")) {
                if (line.strip().startsWith("//")) {
                    comments.add(line.strip().substring(2).strip());
                } else {
                    body.append(line).append('\n');
                }
            }
            var text = body.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("$CATEGORY:")) {
                category = text.substring("$CATEGORY:".length()).strip();
                continue;
            }
            questions.add(question(text, category, comments));
        }
        return questions;
    }

    private static ReadQuestion question(String text, String category, List<String> comments) {
        String ref = null;
        String sentence = null;
        for (var comment : comments) {
            if (comment.startsWith("source ")) {
                var colon = comment.indexOf(": ");
                ref = comment.substring("source ".length(), colon);
                sentence = comment.substring(colon + 2);
            }
        }
        if (!text.startsWith("::")) {
            throw new IllegalArgumentException("a question without a name: " + text);
        }
        int nameEnd = unescaped(text, "::", 2);
        var name = unescape(text.substring(2, nameEnd));
        var rest = text.substring(nameEnd + 2);
        if (!rest.startsWith("[plain]")) {
            throw new IllegalArgumentException("a question not in [plain] format: " + rest);
        }
        int open = unescaped(rest, "{", 0);
        int close = unescaped(rest, "}", open);
        if (!rest.substring(close + 1).isBlank()) {
            throw new IllegalArgumentException("text after the answers: " + rest);
        }
        var stem = unescape(rest.substring("[plain]".length(), open)).strip();
        var answers = rest.substring(open + 1, close);
        String feedback = null;
        int feedbackAt = answers.indexOf("####");
        if (feedbackAt >= 0) {
            feedback = unescape(answers.substring(feedbackAt + 4)).strip();
            answers = answers.substring(0, feedbackAt);
        }
        var options = new ArrayList<String>();
        int correct = -1;
        var current = new StringBuilder();
        boolean started = false;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\') {
                current.append(c).append(answers.charAt(++i));
            } else if (c == '=' || c == '~') {
                if (started) {
                    options.add(unescape(current.toString()).strip());
                }
                started = true;
                if (c == '=') {
                    correct = options.size();
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        options.add(unescape(current.toString()).strip());
        return new ReadQuestion(name, category, stem, options, correct, ref, sentence, feedback);
    }

    /** Where the first unescaped {@code token} starts at or after {@code from}. */
    private static int unescaped(String text, String token, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(token, i)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no unescaped " + token + " in " + text);
    }

    static String unescape(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
