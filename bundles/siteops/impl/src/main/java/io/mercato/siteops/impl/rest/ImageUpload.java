package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Created;
import io.mercato.platform.api.web.UploadEndpoint;
import io.mercato.siteops.impl.catalog.Products;
import io.mercato.siteops.impl.images.Images;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/siteops/images} (image/jpeg, image/png or image/gif): a product image, checked to be the image it is
 * sent as, stored, answered 201 with its id; the product editor then lists it among the product's images.
 */
@Component(property = UploadEndpoint.PATH + "=siteops/images")
@RequiresCapability(Products.CAPABILITY)
public class ImageUpload implements UploadEndpoint {
    private final Images images;

    @Activate
    public ImageUpload(@Reference Images images) {
        this.images = images;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("image/jpeg", "image/png", "image/gif");
    }

    @Override
    public long maxBytes() {
        return Images.MAX_BYTES;
    }

    @Override
    public Object handle(Upload upload, Actor actor) {
        return new Created(images.store(upload.file(), upload.contentType(), actor));
    }
}
