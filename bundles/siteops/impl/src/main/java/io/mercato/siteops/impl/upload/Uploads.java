package io.mercato.siteops.impl.upload;

import static io.mercato.siteops.impl.support.Texts.json;
import static io.mercato.siteops.impl.support.Texts.blank;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.ForbiddenException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.siteops.impl.catalog.MerchantGoods;
import io.mercato.siteops.impl.images.Images;
import io.mercato.siteops.impl.persistence.CatalogMapper;
import io.mercato.siteops.impl.persistence.CategoryRow;
import io.mercato.siteops.impl.persistence.ImageMapper;
import io.mercato.siteops.impl.persistence.ProductRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.persistence.SkuRow;
import io.mercato.siteops.impl.persistence.StepCountRow;
import io.mercato.siteops.impl.persistence.UploadMapper;
import io.mercato.siteops.impl.persistence.UploadRow;
import io.mercato.siteops.impl.upload.UploadInputs.CheckInput;
import io.mercato.siteops.impl.upload.UploadInputs.ScheduleInput;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The product upload process (宝贝上传): submitted by operations, confirmed by a supervisor, checked and uploaded by sales,
 * scheduled by promotion, listed by the {@link ListingClock}. Each step is taken by its owner and never by the submitter;
 * a step may send the upload back to the submitter with a reason. A listed product's edit is a revision: the listed
 * version stays live until the revision is listed.
 */
@Component(service = Uploads.class)
public class Uploads {
    public static final String CATALOG = "siteops.catalog";
    public static final String PROMOTION = "siteops.promotion";
    /** Listing a little in the past is taken as "now"; further back is a mistake. */
    private static final Duration PAST_GRACE = Duration.ofMinutes(5);
    private final Transactions transactions;
    private final StockCheck stock;
    private final MerchantGoods merchantGoods;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrgDirectory org;

    @Activate
    public Uploads(@Reference SiteopsDatabase database, @Reference StockCheck stock, @Reference MerchantGoods merchantGoods) {
        this.transactions = database.transactions();
        this.stock = stock;
        this.merchantGoods = merchantGoods;
    }

    /** Operations submits a draft (or a delisted product) with its SKUs for listing. */
    public Upload submit(String productCode, String comment, Actor actor) {
        checkComment(comment, false);
        return transactions.inTransaction(actor, tx -> {
            ProductRow product = product(tx, productCode);
            if (!"DRAFT".equals(product.status()) && !"DELISTED".equals(product.status())) {
                throw new ConflictException("not-submittable", "Product " + productCode + " is " + product.status()
                        + ": a listed product is changed by editing it (a revision)");
            }
            if (product.skuCount() == 0) {
                throw new ValidationException("skus", "a product is submitted with at least one SKU");
            }
            long id = insert(tx, product, "LISTING", tx.mapper(CatalogMapper.class).category(product.categoryCode()).id(), product.title(),
                    product.description(), comment);
            tx.mapper(UploadMapper.class).productStatus(product.id(), "IN_UPLOAD");
            return view(tx, tx.mapper(UploadMapper.class).byId(id));
        });
    }

    /** An edit of a listed product: a revision through the same chain; the listed version stays live meanwhile. */
    public Upload revise(TransactionContext tx, ProductRow product, CategoryRow category, String title, String description, List<Long> images) {
        long id = insert(tx, product, "REVISION", category.id(), title, description, null);
        if (images != null) {
            tx.mapper(ImageMapper.class).propose(id, Images.array(images));
        }
        return view(tx, tx.mapper(UploadMapper.class).byId(id));
    }

    public Upload confirm(String number, String comment, Actor actor) {
        return take(UploadStep.CONFIRM, number, comment, actor, (tx, upload) -> { });
    }

    /** Sales checks stock and merchant SKU codes and may correct the base data before uploading. */
    public Upload check(String number, CheckInput input, Actor actor) {
        CheckInput given = input == null ? new CheckInput(null, null, null, null, null) : input;
        Check.input().text("category", given.category(), 30, false).text("title", given.title(), 120, false)
                .text("description", given.description(), 10_000, false).validate();
        checkComment(given.comment(), false);
        return take(UploadStep.CHECK, number, given.comment(), actor, (tx, upload) -> {
            List<SkuRow> skus = tx.mapper(CatalogMapper.class).skus(upload.productCode());
            if (upload.merchantCode() != null) {
                for (int i = 0; i < skus.size(); i++) {
                    if (skus.get(i).merchantSku() == null) {
                        throw new ValidationException("skus[" + i + "].merchantSku", "SKU " + skus.get(i).sku()
                                + " has no merchant SKU code: send the upload back to have it added");
                    }
                }
            }
            Optional<Map<String, Integer>> available = stock.available(skus.stream().map(SkuRow::sku).toList());
            boolean none = available.map(units -> units.values().stream().mapToInt(Integer::intValue).sum() == 0).orElse(false);
            if (none && upload.merchantCode() == null && !Boolean.TRUE.equals(given.withoutStock())) {
                throw new ValidationException("withoutStock", "the warehouse has none of this product's SKUs: confirm to upload it without stock "
                        + "(pre-sale)");
            }
            long categoryId = given.category() == null || given.category().isBlank()
                    ? tx.mapper(CatalogMapper.class).category(upload.categoryCode()).id() : category(tx, given.category()).id();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("checkedAt", Instant.now().toString());
            result.put("warehouseInstalled", available.isPresent());
            result.put("available", available.orElse(Map.of()));
            result.put("withoutStock", none);
            tx.mapper(UploadMapper.class).checked(upload.id(), categoryId, blankOr(given.title(), upload.title()),
                    given.description() == null ? upload.description() : blank(given.description()), json(result));
        });
    }

    public Upload upload(String number, String comment, Actor actor) {
        return take(UploadStep.UPLOAD, number, comment, actor, (tx, upload) -> { });
    }

    /** Promotion sets the optimised title and the listing (empty: at once) and delisting (empty: never) times. */
    public Upload schedule(String number, ScheduleInput input, Actor actor) {
        ScheduleInput given = input == null ? new ScheduleInput(null, null, null, null) : input;
        Instant now = Instant.now();
        Instant listAt = given.listAt() == null ? null : given.listAt().toInstant();
        Instant delistAt = given.delistAt() == null ? null : given.delistAt().toInstant();
        Check.input().text("listingTitle", given.listingTitle(), 60, false)
                .rule(listAt == null || !listAt.isBefore(now.minus(PAST_GRACE)), "listAt", "is in the past")
                .rule(delistAt == null || delistAt.isAfter(listAt == null ? now : listAt), "delistAt", "must be after the listing time")
                .validate();
        checkComment(given.comment(), false);
        Upload scheduled = take(UploadStep.SCHEDULE, number, given.comment(), actor, (tx, upload) ->
                tx.mapper(UploadMapper.class).schedule(upload.id(), blank(given.listingTitle()), listAt == null || listAt.isBefore(now) ? now : listAt,
                        delistAt));
        return listIfDue(number, Instant.now()).orElse(scheduled);
    }

    /**
     * Sends an upload back to its submitter with the reason; whoever owns its current step may. A new product goes back to
     * draft to be corrected and submitted again; a revision is dropped and the listed version stays.
     */
    public Upload sendBack(String number, String comment, Actor actor, boolean admin) {
        checkComment(comment, true);
        return transactions.inTransaction(actor, tx -> {
            UploadRow upload = lock(tx, number);
            UploadStep step = waitingStep(upload);
            if (!admin && !mayTake(step, actor)) {
                throw new ForbiddenException("Sending back at step " + step + " needs capability " + step.capability() + " at level " + step.level());
            }
            UploadMapper uploads = tx.mapper(UploadMapper.class);
            uploads.moveTo(upload.id(), UploadStep.SENT_BACK);
            uploads.recordStep(upload.id(), step.name(), UploadStep.SENT_BACK, actor.username(), comment.strip());
            if ("LISTING".equals(upload.kind())) {
                uploads.productStatus(upload.productId(), "DRAFT");
            }
            tx.audit("siteops.upload-sent-back", "upload", number, Map.of("product", upload.productCode(), "step", step.name(), "reason", comment.strip()));
            return view(tx, uploads.byId(upload.id()));
        });
    }

    /** Lists a scheduled upload whose time has come (the listing clock, or a schedule for now); empty if not due. */
    public Optional<Upload> listIfDue(String number, Instant now) {
        return transactions.inTransaction(Actor.SYSTEM, tx -> {
            UploadRow upload = tx.mapper(UploadMapper.class).lock(number);
            if (upload == null || !UploadStep.SCHEDULED.equals(upload.step()) || upload.listAt().isAfter(now)) {
                return Optional.empty();
            }
            UploadMapper uploads = tx.mapper(UploadMapper.class);
            tx.mapper(CatalogMapper.class).lockProduct(upload.productCode());
            uploads.list(upload.id());
            tx.mapper(ImageMapper.class).clearForUpload(upload.id());
            tx.mapper(ImageMapper.class).attachFromUpload(upload.id());
            uploads.moveTo(upload.id(), UploadStep.LISTED);
            uploads.recordStep(upload.id(), UploadStep.SCHEDULED, UploadStep.LISTED, Actor.SYSTEM.username(),
                    upload.delistAt() == null ? null : "delisting " + upload.delistAt());
            tx.audit("siteops.product-listed", "product", upload.productCode(), Map.of("upload", number, "kind", upload.kind(),
                    "title", upload.title()));
            merchantGoods.holdIfMerchantAway(tx, upload.productId(), upload.productCode(), upload.merchantCode());
            return Optional.of(view(tx, uploads.byId(upload.id())));
        });
    }

    /** Takes a listed product off the site: at its delisting time (the clock) or by promotion's hand. */
    public boolean delist(String productCode, String reason, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            ProductRow product = tx.mapper(CatalogMapper.class).lockProduct(productCode);
            if (product == null) {
                throw new NotFoundException("No product " + productCode);
            }
            if (tx.mapper(UploadMapper.class).delist(product.id()) == 0) {
                return false;
            }
            tx.audit("siteops.product-delisted", "product", productCode, Map.of("reason", reason));
            return true;
        });
    }

    public List<String> dueForListing(Instant now, int limit) {
        return transactions.read(tx -> tx.mapper(UploadMapper.class).dueForListing(now, limit));
    }

    public List<String> dueForDelisting(Instant now, int limit) {
        return transactions.read(tx -> tx.mapper(UploadMapper.class).dueForDelisting(now, limit));
    }

    public Upload get(String number) {
        return transactions.read(tx -> {
            UploadRow row = number == null ? null : tx.mapper(UploadMapper.class).upload(number);
            if (row == null) {
                throw new NotFoundException("No upload " + number);
            }
            return view(tx, row);
        });
    }

    /** The open upload of a product, if any (the product editor shows it). */
    public Optional<Upload> openOf(TransactionContext tx, long productId) {
        return Optional.ofNullable(tx.mapper(UploadMapper.class).openOf(productId)).map(row -> view(tx, row));
    }

    /** The board: uploads in a state ({@code OPEN} for every state somebody must act on), newest first. */
    public Page<UploadRow> search(String state, String q, String product, PageRequest page) {
        String wanted = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        boolean open = "OPEN".equals(wanted);
        Check.input().rule(wanted == null || open || UploadStep.waitingIn(wanted) != null || List.of(UploadStep.SCHEDULED, UploadStep.LISTED,
                UploadStep.SENT_BACK).contains(wanted), "step", "must be OPEN, CONFIRM, CHECK, UPLOAD, SCHEDULE, SCHEDULED, LISTED or SENT_BACK")
                .validate();
        String step = open ? null : wanted;
        String pattern = TextSearch.contains(q);
        String productCode = blank(product);
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            UploadMapper uploads = tx.mapper(UploadMapper.class);
            return Page.of(uploads.search(step, open, pattern, productCode, beforeId, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> uploads.count(step, open, pattern, productCode, page.countLimit())),
                    row -> Cursor.of(row.id()));
        });
    }

    public List<StepCountRow> openPerStep() {
        return transactions.read(tx -> tx.mapper(UploadMapper.class).openPerStep());
    }

    private interface StepWork {
        void apply(TransactionContext tx, UploadRow upload);
    }

    private Upload take(UploadStep step, String number, String comment, Actor actor, StepWork work) {
        return transactions.inTransaction(actor, tx -> {
            UploadRow upload = lock(tx, number);
            if (!step.name().equals(upload.step())) {
                throw new ConflictException("wrong-step", "Upload " + number + " is at " + upload.step() + ", not " + step);
            }
            if (upload.submittedBy().equals(actor.username())) {
                throw new ForbiddenException("Upload " + number + " was submitted by " + actor.username() + ": nobody approves their own submission");
            }
            work.apply(tx, upload);
            UploadMapper uploads = tx.mapper(UploadMapper.class);
            uploads.moveTo(upload.id(), step.next());
            uploads.recordStep(upload.id(), step.name(), step.action(), actor.username(), blank(comment));
            tx.audit("siteops.upload-" + step.action().toLowerCase(Locale.ROOT), "upload", number, Map.of("product", upload.productCode(),
                    "next", step.next()));
            return view(tx, uploads.byId(upload.id()));
        });
    }

    private boolean mayTake(UploadStep step, Actor actor) {
        OrgDirectory directory = org;
        return directory != null && directory.placementOf(actor.username())
                .map(placement -> placement.capabilities().contains(step.capability()) && placement.level().atLeast(step.level())).orElse(false);
    }

    private static long insert(TransactionContext tx, ProductRow product, String kind, long categoryId, String title, String description,
                               String comment) {
        Long id = tx.mapper(UploadMapper.class).insert(product.id(), kind, categoryId, title, description, tx.actor().username());
        if (id == null) {
            UploadRow open = tx.mapper(UploadMapper.class).openOf(product.id());
            throw new ConflictException("upload-in-progress", "Product " + product.code() + " already has upload "
                    + (open == null ? "" : open.number() + " at " + open.step()) + " in progress");
        }
        UploadRow row = tx.mapper(UploadMapper.class).byId(id);
        tx.mapper(UploadMapper.class).recordStep(id, "SUBMIT", "SUBMITTED", tx.actor().username(), blank(comment));
        tx.audit("siteops.upload-submitted", "upload", row.number(), Map.of("product", product.code(), "kind", kind));
        return id;
    }

    private static UploadStep waitingStep(UploadRow upload) {
        UploadStep step = UploadStep.waitingIn(upload.step());
        if (step == null) {
            throw new ConflictException("upload-closed", "Upload " + upload.number() + " is " + upload.step() + ": nothing waits to be sent back");
        }
        return step;
    }

    private static UploadRow lock(TransactionContext tx, String number) {
        UploadRow row = number == null ? null : tx.mapper(UploadMapper.class).lock(number);
        if (row == null) {
            throw new NotFoundException("No upload " + number);
        }
        return row;
    }

    private static ProductRow product(TransactionContext tx, String code) {
        ProductRow row = code == null ? null : tx.mapper(CatalogMapper.class).lockProduct(code);
        if (row == null) {
            throw new NotFoundException("No product " + code);
        }
        return row;
    }

    private static CategoryRow category(TransactionContext tx, String code) {
        CategoryRow category = tx.mapper(CatalogMapper.class).category(code.strip().toUpperCase(Locale.ROOT));
        if (category == null) {
            throw new ValidationException("category", "is no category");
        }
        return category;
    }

    private static Upload view(TransactionContext tx, UploadRow row) {
        return Upload.of(row, tx.mapper(UploadMapper.class).steps(row.id()));
    }

    private static void checkComment(String comment, boolean required) {
        Check.input().text("comment", comment, 500, required).validate();
    }

    private static String blankOr(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.strip();
    }
}
