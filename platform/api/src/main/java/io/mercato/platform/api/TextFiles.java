package io.mercato.platform.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Uploaded text files (CSV imports) read as they are meant: UTF-8 or an error, a leading byte-order mark dropped. */
public final class TextFiles {
    private TextFiles() {
    }

    /** The file as UTF-8; a byte sequence that is not UTF-8 fails the read instead of turning into '?'. */
    public static Reader strictUtf8(Path file) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** What a reader makes of a text file. */
    @FunctionalInterface
    public interface Reading<T> {
        T from(Reader reader) throws IOException;
    }

    /**
     * What {@code reading} makes of the file read as strict UTF-8. Readers of uploads turn bad text into a problem for
     * the client themselves; an upload this server stored and cannot read back is its own fault (an unchecked error).
     */
    public static <T> T readStrictUtf8(Path file, Reading<T> reading) {
        try (Reader reader = strictUtf8(file)) {
            return reading.from(reader);
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded file could not be read back", e);
        }
    }

    /** The text without the byte-order mark spreadsheet programs put before a UTF-8 file's first character. */
    public static Reader withoutBom(Reader source) throws IOException {
        PushbackReader reader = new PushbackReader(source instanceof BufferedReader ? source : new BufferedReader(source, 1 << 16));
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
