package io.mercato.siteops.impl.images;

import io.mercato.platform.api.ValidationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Tells whether an uploaded file is really the JPEG, PNG or GIF it was sent as, and how large it is in pixels: the header
 * names the format and size, then the whole picture is decoded (at a fraction of its resolution, so memory stays small)
 * so that a damaged or truncated file is refused too.
 */
public final class ImageCheck {
    static final Map<String, String> FORMATS = Map.of("jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif");
    static final int MIN_SIDE = 100;
    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 40_000_000L;
    /** Only every n-th pixel of every n-th row is kept while checking: the file is still read to its end. */
    private static final int SUBSAMPLING = 8;

    private ImageCheck() {
    }

    /** What the file is. */
    public record Facts(String contentType, int width, int height) {
    }

    /** The file's facts; a {@link ValidationException} on field {@code file} when it is not the image it claims to be. */
    public static Facts inspect(Path file, String declaredType) {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notAnImage(declaredType);
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String actualType = FORMATS.get(format);
                if (actualType == null) {
                    throw notAnImage(declaredType);
                }
                if (!actualType.equals(declaredType)) {
                    throw new ValidationException("file", "is a " + format.toUpperCase(Locale.ROOT) + " image sent as " + declaredType
                            + ": send it as " + actualType);
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSize(width, height);
                decodeWhole(reader);
                return new Facts(actualType, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException refused) {
                throw refused;
            }
            throw new ValidationException("file", "is not a readable " + kind(declaredType) + " image (damaged or cut short)");
        }
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new ValidationException("file", "is " + width + " × " + height + " pixels; a product image is at least "
                    + MIN_SIDE + " × " + MIN_SIDE);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new ValidationException("file", "is " + width + " × " + height + " pixels; at most " + MAX_SIDE
                    + " on a side and " + MAX_PIXELS / 1_000_000 + " megapixels");
        }
    }

    /** Reads the whole picture; a warning (e.g. "premature end of JPEG file") counts as damage. */
    private static void decodeWhole(ImageReader reader) throws IOException {
        boolean[] damaged = {false};
        reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(SUBSAMPLING, SUBSAMPLING, 0, 0);
        reader.read(0, param);
        if (damaged[0]) {
            throw new IOException("damaged");
        }
    }

    private static ValidationException notAnImage(String declaredType) {
        return new ValidationException("file", "is not an image: the content is no " + kind(declaredType) + " (JPEG, PNG or GIF only)");
    }

    private static String kind(String type) {
        return FORMATS.entrySet().stream().filter(e -> e.getValue().equals(type)).map(e -> e.getKey().toUpperCase(Locale.ROOT))
                .findFirst().orElse("JPEG, PNG or GIF");
    }
}
