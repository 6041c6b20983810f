package io.mercato.platform.api.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/** CSV files a department's resource hands out for download (exports, an import's rejected rows), streamed as written. */
public final class CsvFiles {
    private CsvFiles() {
    }

    /** Writes a file's text; nothing is collected first, so a file of millions of rows takes no more memory than one. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * A 200 answer with the file as an attachment named {@code fileName}, UTF-8. Check what may fail with a 4xx (a
     * search, a 404) before: once the body streams, the status has been sent.
     */
    public static Response attachment(String fileName, Body body) {
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.writeTo(writer);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
