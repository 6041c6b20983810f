package io.mercato.siteops.impl.catalog;

import static io.mercato.siteops.impl.support.Texts.blank;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.siteops.api.CatalogService;
import io.mercato.siteops.api.ProductInfo;
import io.mercato.siteops.api.SkuInfo;
import io.mercato.siteops.impl.images.Images;
import io.mercato.siteops.impl.persistence.CatalogMapper;
import io.mercato.siteops.impl.persistence.ExportRow;
import io.mercato.siteops.impl.persistence.ImageMapper;
import io.mercato.siteops.impl.persistence.ImportMapper;
import io.mercato.siteops.impl.persistence.CategoryRow;
import io.mercato.siteops.impl.persistence.ProductRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.upload.Upload;
import io.mercato.siteops.impl.upload.Uploads;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Products and their SKUs: the shop's own goods or a merchant's (checked through merchant onboarding's directory when that
 * department is installed); searched by title, code, SKU, merchant SKU or barcode; within a category and its subtree.
 */
@Component(service = {Products.class, CatalogService.class})
public class Products implements CatalogService {
    public static final String CAPABILITY = "siteops.catalog";
    static final Set<String> STATUSES = Set.of("DRAFT", "IN_UPLOAD", "LISTED", "DELISTED");
    /** The codes of the catalog, as every way in (form, CSV, a merchant's submission) checks them. */
    public static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final Pattern BARCODE = Pattern.compile("[0-9]{8,14}");
    public static final Pattern MERCHANT = Pattern.compile("M-[0-9]{1,12}");
    public static final int MAX_ATTRIBUTES = 10;
    public static final int MAX_ATTRIBUTE_NAME = 20;
    public static final int MAX_ATTRIBUTE_VALUE = 40;
    private final Transactions transactions;

    @Reference
    private MerchantStandings merchants;

    private final Uploads uploads;

    @Activate
    public Products(@Reference SiteopsDatabase database, @Reference Uploads uploads) {
        this.transactions = database.transactions();
        this.uploads = uploads;
    }

    public Product create(ProductInput input, Actor actor) {
        String merchant = validate(input);
        return transactions.inTransaction(actor, tx -> {
            CatalogMapper catalog = tx.mapper(CatalogMapper.class);
            CategoryRow category = category(tx, input.category());
            Images.check(tx, input.images());
            long id = catalog.insertProduct(category.id(), merchant, input.title().strip(), blank(input.description()),
                    actor.username());
            Images.set(tx, id, input.images());
            ProductRow row = catalog.productById(id);
            tx.audit("siteops.product-created", "product", row.code(), Map.of("category", row.categoryCode(), "merchant", String.valueOf(merchant),
                    "images", input.images() == null ? List.of() : input.images()));
            return view(tx, row);
        });
    }

    /**
     * Edits a product: a draft or a delisted product directly; a listed one through a revision that goes through the upload
     * chain while the listed version stays live.
     */
    public Product update(String code, ProductInput input, Actor actor) {
        String merchant = validate(input);
        return transactions.inTransaction(actor, tx -> {
            CatalogMapper catalog = tx.mapper(CatalogMapper.class);
            ProductRow row = require(tx, code, true);
            if (!java.util.Objects.equals(merchant, row.merchantCode())) {
                throw new ValidationException("merchant", "cannot change once the product exists");
            }
            CategoryRow category = category(tx, input.category());
            Images.check(tx, input.images());
            if ("LISTED".equals(row.status())) {
                uploads.revise(tx, row, category, input.title().strip(), blank(input.description()), input.images());
                return view(tx, catalog.product(code));
            }
            if ("IN_UPLOAD".equals(row.status())) {
                throw new ConflictException("in-upload", "Product " + code + " is in upload: sales edits its base data at the check, "
                        + "or the upload is sent back to be corrected");
            }
            catalog.updateProduct(row.id(), category.id(), input.title().strip(), blank(input.description()));
            Images.set(tx, row.id(), input.images());
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("title", input.title().strip());
            if (input.images() != null) {
                details.put("images", input.images());
            }
            tx.audit("siteops.product-updated", "product", code, details);
            return view(tx, catalog.product(code));
        });
    }

    public Product addSku(String code, SkuInput input, Actor actor) {
        Check check = Check.input().code("sku", input == null ? null : input.sku(), SKU, "1 to 64 letters, digits, '.', '_' or '-'")
                .text("merchantSku", input == null ? null : input.merchantSku(), 64, false)
                .rule(input == null || input.barcode() == null || input.barcode().isBlank() || BARCODE.matcher(input.barcode().strip()).matches(),
                        "barcode", "must be 8 to 14 digits (EAN/UPC)")
                .rule(input == null || input.attributes() == null || input.attributes().size() <= MAX_ATTRIBUTES, "attributes", "are at most " + MAX_ATTRIBUTES);
        if (input != null && input.attributes() != null) {
            input.attributes().forEach((name, value) -> check.rule(name != null && !name.isBlank() && name.length() <= MAX_ATTRIBUTE_NAME, "attributes",
                    "names are 1 to " + MAX_ATTRIBUTE_NAME + " characters").rule(value != null && !value.isBlank()
                    && value.length() <= MAX_ATTRIBUTE_VALUE, "attributes." + name, "must be 1 to " + MAX_ATTRIBUTE_VALUE + " characters"));
        }
        check.validate();
        return transactions.inTransaction(actor, tx -> {
            CatalogMapper catalog = tx.mapper(CatalogMapper.class);
            ProductRow row = require(tx, code, true);
            if (!"DRAFT".equals(row.status()) && !"DELISTED".equals(row.status())) {
                throw new ConflictException("not-draft", "Product " + code + " is " + row.status() + ": SKUs are added to a draft or a delisted product");
            }
            if (row.merchantCode() != null && blank(input.merchantSku()) == null) {
                throw new ValidationException("merchantSku", "is required for a merchant's goods");
            }
            String barcode = blank(input.barcode());
            if (catalog.insertSku(input.sku().strip(), row.id(), Sku.json(input.attributes()), blank(input.merchantSku()), barcode,
                    actor.username()) == 0) {
                if (catalog.sku(input.sku().strip()) != null) {
                    throw new ConflictException("sku-exists", "SKU " + input.sku().strip() + " belongs to product " + catalog.sku(input.sku().strip()).productCode());
                }
                throw new ConflictException("barcode-exists", "Barcode " + barcode + " belongs to product " + catalog.productOfBarcode(barcode));
            }
            tx.audit("siteops.sku-added", "product", code, Map.of("sku", input.sku().strip()));
            return view(tx, catalog.product(code));
        });
    }

    public Page<ProductRow> search(String q, String status, String category, String merchant, PageRequest page) {
        Filter f = Filter.of(q, status, category, merchant);
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            CatalogMapper catalog = tx.mapper(CatalogMapper.class);
            return Page.of(catalog.search(f.pattern(), f.exact(), f.status(), f.category(), f.merchant(), beforeId, page.fetch(), page.offset()),
                    page, tx.withinMillis(PageRequest.COUNT_MILLIS, () -> catalog.count(f.pattern(), f.exact(), f.status(), f.category(),
                            f.merchant(), page.countLimit())), row -> Cursor.of(row.id()));
        });
    }

    /**
     * Every product the search finds with its SKUs, one CSV row each, in the list's order, handed over one at a time
     * (nothing is collected); the search is checked now, so a bad one is a 400 before the answer starts.
     */
    public java.util.function.Consumer<java.util.function.Consumer<ExportRow>> export(String q, String status, String category, String merchant) {
        Filter f = Filter.of(q, status, category, merchant);
        return rows -> transactions.read(tx -> {
            tx.mapper(ImportMapper.class).export(f.pattern(), f.exact(), f.status(), f.category(), f.merchant(),
                    context -> rows.accept(context.getResultObject()));
            return null;
        });
    }

    /** The list's search as the mappers take it: {@code ?q=} as a pattern and as itself, codes normalised, the status checked. */
    private record Filter(String pattern, String exact, String status, String category, String merchant) {
        static Filter of(String q, String status, String category, String merchant) {
            String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
            Check.input().rule(wanted == null || STATUSES.contains(wanted), "status", "must be DRAFT, IN_UPLOAD, LISTED or DELISTED").validate();
            return new Filter(TextSearch.contains(q), blank(q), wanted, category == null || category.isBlank() ? null
                    : category.strip().toUpperCase(Locale.ROOT), blank(merchant));
        }
    }

    public Product get(String code) {
        return transactions.read(tx -> view(tx, require(tx, code, false)));
    }

    @Override
    public Optional<ProductInfo> product(String code) {
        return transactions.read(tx -> Optional.ofNullable(code == null ? null : tx.mapper(CatalogMapper.class).product(code))
                .map(row -> new ProductInfo(row.code(), row.title(), row.categoryCode(), row.merchantCode(), row.status(), "LISTED".equals(row.status()))));
    }

    @Override
    public Optional<SkuInfo> sku(String sku) {
        return transactions.read(tx -> Optional.ofNullable(sku == null ? null : tx.mapper(CatalogMapper.class).sku(sku)).map(Sku::info));
    }

    @Override
    public List<SkuInfo> skus(String productCode) {
        return transactions.read(tx -> tx.mapper(CatalogMapper.class).skus(productCode).stream().map(Sku::info).toList());
    }

    private String validate(ProductInput input) {
        String merchant = input == null ? null : blank(input.merchant());
        Check.input().text("category", input == null ? null : input.category(), 30, true)
                .text("title", input == null ? null : input.title(), 120, true)
                .text("description", input == null ? null : input.description(), 10_000, false)
                .rule(merchant == null || MERCHANT.matcher(merchant).matches(), "merchant", "must be a merchant code like M-000001")
                .validate();
        MerchantStandings.Standing standing = merchants.of(merchant);
        if (standing.kind() == MerchantStandings.Kind.UNKNOWN) {
            throw new ValidationException("merchant", "is no merchant of merchant onboarding");
        }
        if (standing.notSelling()) {
            throw new ValidationException("merchant", "is " + standing.status() + ": only an active merchant's goods are catalogued");
        }
        return merchant;
    }

    private static CategoryRow category(TransactionContext tx, String code) {
        CategoryRow category = tx.mapper(CatalogMapper.class).category(code.strip().toUpperCase(Locale.ROOT));
        if (category == null) {
            throw new ValidationException("category", "is no category");
        }
        return category;
    }

    private Product view(TransactionContext tx, ProductRow row) {
        ImageMapper images = tx.mapper(ImageMapper.class);
        Upload open = uploads.openOf(tx, row.id()).orElse(null);
        String proposed = open == null ? null : images.proposed(open.details().id());
        return new Product(row, tx.mapper(CatalogMapper.class).skus(row.code()).stream().map(Sku::of).toList(), images.ofProduct(row.id()),
                open, proposed == null ? null : images.inOrder(proposed));
    }

    private static ProductRow require(TransactionContext tx, String code, boolean lock) {
        CatalogMapper catalog = tx.mapper(CatalogMapper.class);
        ProductRow row = code == null ? null : lock ? catalog.lockProduct(code) : catalog.product(code);
        if (row == null) {
            throw new NotFoundException("No product " + code);
        }
        return row;
    }
}
