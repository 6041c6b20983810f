package io.mercato.platform.api.web;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An {@link UploadEndpoint} for a CSV file (an import): {@code text/csv} up to the given size. A department's import
 * endpoint extends it and hands the file to its job in {@link #handle}.
 */
@ConsumerType
public abstract class CsvUpload implements UploadEndpoint {
    private final long maxBytes;

    protected CsvUpload(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public final Set<String> mediaTypes() {
        return Set.of("text/csv");
    }

    @Override
    public final long maxBytes() {
        return maxBytes;
    }
}
