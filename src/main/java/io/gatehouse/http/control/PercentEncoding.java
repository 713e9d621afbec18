package io.gatehouse.http.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether a raw (still encoded) path or query decodes: every {@code %} followed by two hex digits, the result UTF-8. */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    public static boolean isWellFormed(String raw) {
        if (raw == null || raw.indexOf('%') < 0 && raw.chars().allMatch(c -> c < 0x80)) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else if (c > 0xff) {
                return false;
            } else {
                bytes.put((byte) c); // a server hands raw bytes outside ASCII on as ISO-8859-1 characters
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
