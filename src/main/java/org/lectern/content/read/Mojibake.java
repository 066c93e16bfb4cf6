package org.lectern.content.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

/**
 * Repairs a text that was garbled once by the commonest accident on the web: its UTF-8 bytes were decoded with a
 * legacy code page and the resulting characters saved again as UTF-8 ("Ã©tÃ©" for "été"; for a Chinese page read as
 * GBK, runs of rare ideographs that mean nothing).
 *
 * <p>The repair undoes the accident: encode the text back with the code page and decode those bytes as UTF-8. It is
 * used only when it is unambiguous, because a text that was right must never be touched:
 * <ul>
 * <li>The code page is chosen by the text's own letters: when most of its non-ASCII characters are Han ideographs it
 * is Windows-936 (GBK, what browsers use for Chinese pages); otherwise, when every non-ASCII character belongs to
 * Windows-1252 or Latin-1, it is Windows-1252 (with the five bytes it leaves undefined read as the C1 controls, as
 * browsers do). Any other character, which that code page could not have produced, leaves the text as it is.</li>
 * <li>The bytes must be valid UTF-8 everywhere except at the spots where the garbled text already holds a replacement
 * character (a byte the wrong decoding could not place, now lost): at most one broken sequence per such spot.
 * Correct text in a legacy code page almost never forms valid UTF-8, so this is the decisive test.</li>
 * <li>The repair must restore at least {@value #MIN_REPAIRED} non-ASCII characters and be much shorter: at most
 * three quarters as many non-ASCII characters as the garbled text, since each restored character was spelled with two
 * or three.</li>
 * <li>The repaired text must read as ordinary text: no control, private-use, unassigned or surrogate code points.</li>
 * </ul>
 * The characters lost at the replacement spots are dropped rather than shown as replacement marks.
 */
final class Mojibake {

    static final int MIN_REPAIRED = 2;
    private static final double MAX_LENGTH_RATIO = 0.75;

    private Mojibake() {
    }

    static String repair(String text) {
        int nonAscii = 0;
        int han = 0;
        int lost = 0;
        boolean latin = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            if (cp == 0xFFFD) {
                lost++;
                continue;
            }
            nonAscii++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            if (cp > 0xFF && WINDOWS_1252_EXTRA.indexOf(cp) < 0) {
                latin = false;
            }
        }
        if (nonAscii < MIN_REPAIRED) {
            return text;
        }
        byte[] bytes;
        if (han * 2 > nonAscii) {
            bytes = encode(text, "x-mswin-936");
        } else if (latin) {
            bytes = encodeWindows1252(text);
        } else {
            return text;
        }
        if (bytes == null) {
            return text;
        }
        String repaired = decodeUtf8(bytes);
        if (repaired == null) {
            return text;
        }
        int broken = 0;
        int repairedNonAscii = 0;
        for (int i = 0; i < repaired.length(); ) {
            int cp = repaired.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFFFD) {
                broken++;
            } else if (cp >= 0x80) {
                repairedNonAscii++;
                if (!ordinary(cp)) {
                    return text;
                }
            } else if (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f') {
                return text;
            }
        }
        if (broken > lost || repairedNonAscii < MIN_REPAIRED || repairedNonAscii > nonAscii * MAX_LENGTH_RATIO) {
            return text;
        }
        return repaired.replace("\uFFFD", "");
    }

    /** Characters Windows-1252 puts at bytes 0x80 to 0x9F, where Latin-1 has control codes. */
    private static final String WINDOWS_1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private static boolean ordinary(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && type != Character.SURROGATE;
    }

    /** The text's bytes in the code page, skipping replacement characters; null if any other character has none. */
    private static byte[] encode(String text, String charsetName) {
        if (!Charset.isSupported(charsetName)) {
            return null;
        }
        CharsetEncoder encoder = Charset.forName(charsetName).newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text.replace("\uFFFD", "")));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] encodeWindows1252(String text) {
        Charset cp1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : null;
        if (cp1252 == null) {
            return null;
        }
        var out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                continue;
            }
            if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || (c >= 0x80 && c <= 0x9F)) {
                out.write(c);
            } else {
                byte[] b = String.valueOf(c).getBytes(cp1252);
                if (b.length != 1 || (b[0] & 0xFF) < 0x80 || (b[0] & 0xFF) > 0x9F) {
                    return null;
                }
                out.write(b[0]);
            }
        }
        return out.toByteArray();
    }

    /** The bytes read as UTF-8, each broken sequence becoming one replacement character. */
    private static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
