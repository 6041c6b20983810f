package io.mercato.siteops.impl.catalog;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.siteops.impl.persistence.CatalogMapper;
import io.mercato.siteops.impl.persistence.CategoryRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The category tree, each category with the margin floor its prices keep (on cost) unless a supervisor approves less. */
@Component(service = Categories.class)
public class Categories {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");
    private final Transactions transactions;

    public record CategoryInput(String code, String parent, String nameZh, String nameEn, BigDecimal marginFloorPercent) {
    }

    @Activate
    public Categories(@Reference SiteopsDatabase database) {
        this.transactions = database.transactions();
    }

    public List<CategoryRow> list() {
        return transactions.read(tx -> tx.mapper(CatalogMapper.class).categories());
    }

    public CategoryRow create(CategoryInput input, Actor actor) {
        String code = input == null || input.code() == null ? null : input.code().strip().toUpperCase(Locale.ROOT);
        validate(input, code == null || !CODE.matcher(code).matches() ? "must be 2 to 30 upper-case letters, digits or '-'" : null);
        BigDecimal floor = input.marginFloorPercent() == null ? BigDecimal.TEN : input.marginFloorPercent();
        return transactions.inTransaction(actor, tx -> {
            CatalogMapper catalog = tx.mapper(CatalogMapper.class);
            Long parentId = null;
            if (input.parent() != null && !input.parent().isBlank()) {
                CategoryRow parent = catalog.category(input.parent().strip().toUpperCase(Locale.ROOT));
                if (parent == null) {
                    throw new ValidationException("parent", "is no category");
                }
                parentId = parent.id();
            }
            if (catalog.insertCategory(code, parentId, input.nameZh().strip(), input.nameEn().strip(), floor, actor.username()) == null) {
                throw new ConflictException("category-exists", "Category " + code + " exists already");
            }
            tx.audit("siteops.category-created", "category", code, Map.of("parent", String.valueOf(input.parent()), "marginFloorPercent",
                    floor.toPlainString()));
            return catalog.category(code);
        });
    }

    public CategoryRow update(String code, CategoryInput input, Actor actor) {
        validate(input, null);
        BigDecimal floor = input.marginFloorPercent() == null ? BigDecimal.TEN : input.marginFloorPercent();
        return transactions.inTransaction(actor, tx -> {
            CatalogMapper catalog = tx.mapper(CatalogMapper.class);
            CategoryRow before = catalog.category(code);
            if (before == null) {
                throw new NotFoundException("No category " + code);
            }
            catalog.updateCategory(code, input.nameZh().strip(), input.nameEn().strip(), floor);
            tx.audit("siteops.category-updated", "category", code, Map.of("marginFloorPercent", Map.of("before",
                    before.marginFloorPercent().toPlainString(), "after", floor.toPlainString())));
            return catalog.category(code);
        });
    }

    private static void validate(CategoryInput input, String codeProblem) {
        Check check = Check.input().text("nameZh", input == null ? null : input.nameZh(), 40, true)
                .text("nameEn", input == null ? null : input.nameEn(), 60, true)
                .text("parent", input == null ? null : input.parent(), 30, false);
        if (codeProblem != null) {
            check.rule(false, "code", codeProblem);
        }
        if (input != null && input.marginFloorPercent() != null) {
            check.rule(input.marginFloorPercent().signum() >= 0 && input.marginFloorPercent().compareTo(BigDecimal.valueOf(500)) <= 0
                    && input.marginFloorPercent().scale() <= 2, "marginFloorPercent", "must be 0 to 500 with at most 2 decimals");
        }
        check.validate();
    }
}
