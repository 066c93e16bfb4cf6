package org.lectern.content.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.lectern.content.ArticleRejectedException;

/**
 * Turns uploaded bytes into text, or refuses them with one sentence the uploader can act on.
 *
 * <p>Rules, in the order they are checked: no bytes or only whitespace is an empty file; more than 10 MB is too large
 * (no article is that long, and parsing it would tie up the server); a NUL byte or more than 2% control characters
 * means a binary file such as a PDF, image or word-processor document; bytes that are not valid UTF-8 are refused by
 * a strict decoder rather than silently turned into replacement characters, which would corrupt sentences. A leading
 * byte-order mark is dropped and CRLF or lone CR line endings become LF, so files saved on any system read alike.
 * Text that was garbled by decoding its UTF-8 bytes with a legacy code page is repaired when the repair is
 * unambiguous (see {@link Mojibake}).
 */
final class Decoder {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final double MAX_CONTROL_RATIO = 0.02;

    private Decoder() {
    }

    public static String tooLargeMessage(String fileName) {
        return "The file “" + fileName + "” is larger than 10 MB, which is too long for one course.";
    }

    public static String decode(String fileName, byte[] bytes) throws ArticleRejectedException {
        if (bytes == null || bytes.length == 0) {
            throw new ArticleRejectedException("The file “" + fileName + "” is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ArticleRejectedException(tooLargeMessage(fileName));
        }
        if (looksBinary(bytes)) {
            throw new ArticleRejectedException("The file “" + fileName
                    + "” is not a text file; save the article as plain text, Markdown or HTML.");
        }
        String text = strictUtf8(fileName, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = Mojibake.repair(text);
        if (text.isBlank()) {
            throw new ArticleRejectedException("The file “" + fileName + "” is empty.");
        }
        return text;
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > bytes.length * MAX_CONTROL_RATIO;
    }

    private static String strictUtf8(String fileName, byte[] bytes) throws ArticleRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException("The file “" + fileName
                    + "” is not valid UTF-8 text; save it again with UTF-8 encoding.");
        }
    }
}
