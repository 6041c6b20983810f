package io.mercato.siteops.impl.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.platform.api.ValidationException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCheckTest {
    @TempDir
    Path dir;

    @Test
    void aRealImageIsAcceptedWithItsSize() throws IOException {
        ImageCheck.Facts png = ImageCheck.inspect(write("a.png", image("png", 320, 200)), "image/png");
        assertEquals(new ImageCheck.Facts("image/png", 320, 200), png);
        ImageCheck.Facts jpeg = ImageCheck.inspect(write("a.jpg", image("jpg", 150, 400)), "image/jpeg");
        assertEquals(new ImageCheck.Facts("image/jpeg", 150, 400), jpeg);
        assertEquals("image/gif", ImageCheck.inspect(write("a.gif", image("gif", 120, 120)), "image/gif").contentType());
    }

    @Test
    void textSentAsAnImageIsRefusedOnTheFileField() throws IOException {
        ValidationException refused = assertThrows(ValidationException.class, () -> ImageCheck.inspect(
                write("fake.png", "<script>alert(1)</script> not an image".getBytes(StandardCharsets.UTF_8)), "image/png"));
        assertEquals("file", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().startsWith("is not an image"), refused.errors().get(0).message());
    }

    @Test
    void anImageOfAnotherFormatThanDeclaredIsRefused() throws IOException {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ImageCheck.inspect(write("a.jpg", image("jpg", 200, 200)), "image/png"));
        assertTrue(refused.errors().get(0).message().contains("is a JPEG image sent as image/png"), refused.errors().get(0).message());
    }

    @Test
    void aCutShortImageIsRefused() throws IOException {
        byte[] whole = image("png", 400, 400);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ImageCheck.inspect(write("cut.png", Arrays.copyOf(whole, whole.length / 2)), "image/png"));
        assertTrue(refused.errors().get(0).message().contains("damaged or cut short"), refused.errors().get(0).message());
    }

    @Test
    void tinyImagesAreRefused() throws IOException {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ImageCheck.inspect(write("dot.png", image("png", 1, 1)), "image/png"));
        assertTrue(refused.errors().get(0).message().contains("at least 100 × 100"), refused.errors().get(0).message());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A picture with some detail, so that half of its bytes are not a valid picture. */
    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        for (int y = 0; y < height; y += 10) {
            for (int x = 0; x < width; x += 10) {
                g.setColor(new Color((x * 7 + y * 13) % 256, (x * 3) % 256, (y * 5) % 256));
                g.fillRect(x, y, 10, 10);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }
}
