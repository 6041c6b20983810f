package io.mercato.siteops.impl.images;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.persistence.ImageData;
import io.mercato.siteops.impl.persistence.ImageMapper;
import io.mercato.siteops.impl.persistence.ImageRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Product images kept in PostgreSQL: stored once per content (a second upload of the same bytes answers the first
 * image), served by id, and set on a product as an ordered list whose first image is the main one.
 */
@Component(service = Images.class)
public class Images {
    /** Marketplaces take main images of a few MB; this leaves room for a large photograph. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    public static final int MAX_PER_PRODUCT = 10;
    private final Transactions transactions;

    @Activate
    public Images(@Reference SiteopsDatabase database) {
        this.transactions = database.transactions();
    }

    /** Checks and stores an uploaded image; the stored one when the same bytes came before. */
    public ImageRow store(Path file, String declaredType, Actor actor) {
        ImageCheck.Facts facts = ImageCheck.inspect(file, declaredType);
        byte[] data = read(file);
        String sha256 = sha256(data);
        return transactions.inTransaction(actor, tx -> {
            ImageMapper images = tx.mapper(ImageMapper.class);
            Long id = images.insert(sha256, facts.contentType(), facts.width(), facts.height(), data.length, data, actor.username());
            if (id == null) {
                return images.bySha256(sha256);
            }
            tx.audit("siteops.image-stored", "image", String.valueOf(id), Map.of("type", facts.contentType(), "bytes", data.length,
                    "width", facts.width(), "height", facts.height()));
            return images.byId(id);
        });
    }

    public ImageData data(long id) {
        ImageData data = transactions.read(tx -> tx.mapper(ImageMapper.class).data(id));
        if (data == null) {
            throw new NotFoundException("No image " + id);
        }
        return data;
    }

    /** Checks an ordered image list for a product: at most ten, none twice, every one stored. */
    public static void check(TransactionContext tx, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        if (ids.size() > MAX_PER_PRODUCT) {
            throw new ValidationException("images", "at most " + MAX_PER_PRODUCT + " images per product");
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(ids).size() != ids.size()) {
            throw new ValidationException("images", "name each image once");
        }
        if (tx.mapper(ImageMapper.class).countExisting(ids) != ids.size()) {
            throw new ValidationException("images", "name images that were uploaded (POST /api/siteops/images)");
        }
    }

    /** Sets the product's images (nothing changes when {@code ids} is null). */
    public static void set(TransactionContext tx, long productId, List<Long> ids) {
        if (ids == null) {
            return;
        }
        ImageMapper images = tx.mapper(ImageMapper.class);
        images.clear(productId);
        if (!ids.isEmpty()) {
            images.attach(productId, ids);
        }
    }

    /** PostgreSQL's text form of a bigint array. */
    public static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded image could not be read back", e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
