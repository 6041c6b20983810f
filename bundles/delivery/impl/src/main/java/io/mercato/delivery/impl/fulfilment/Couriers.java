package io.mercato.delivery.impl.fulfilment;

import io.mercato.delivery.impl.persistence.CourierAreaRow;
import io.mercato.delivery.impl.persistence.CourierMapper;
import io.mercato.delivery.impl.persistence.CourierRow;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.delivery.impl.service.Regions;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Courier partners (快递合作方): where they deliver and in how many days, cash on delivery, their tracking numbers. */
@Component(service = Couriers.class)
public class Couriers {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private final Transactions transactions;

    @Activate
    public Couriers(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
    }

    public record Area(String province, Integer promisedDays) {
    }

    public record CourierInput(String code, String name, Boolean codSupported, String trackingPattern, Boolean active,
                               java.math.BigDecimal monthlyPenaltyCap, List<Area> areas) {
    }

    public record Courier(String code, String name, boolean codSupported, String trackingPattern, boolean active,
                          java.math.BigDecimal monthlyPenaltyCap, List<CourierAreaRow> areas) {
    }

    public List<Courier> all() {
        return transactions.read(tx -> tx.mapper(CourierMapper.class).all().stream().map(row -> view(tx, row)).toList());
    }

    public Courier get(String code) {
        return transactions.read(tx -> view(tx, require(tx.mapper(CourierMapper.class).find(code), code)));
    }

    public Courier create(CourierInput input, Actor actor) {
        List<CourierAreaRow> areas = check(input, true);
        return transactions.inTransaction(actor, tx -> {
            CourierMapper couriers = tx.mapper(CourierMapper.class);
            if (couriers.insert(input.code(), input.name().strip(), Boolean.TRUE.equals(input.codSupported()), blank(input.trackingPattern()),
                    !Boolean.FALSE.equals(input.active()), input.monthlyPenaltyCap(), actor.username()) == 0) {
                throw new ConflictException("duplicate-courier", "Courier " + input.code() + " exists already");
            }
            return saved(tx, input.code(), areas, "delivery.courier-created");
        });
    }

    public Courier update(String code, CourierInput input, Actor actor) {
        List<CourierAreaRow> areas = check(new CourierInput(code, input == null ? null : input.name(), input == null ? null : input.codSupported(),
                input == null ? null : input.trackingPattern(), input == null ? null : input.active(),
                input == null ? null : input.monthlyPenaltyCap(), input == null ? null : input.areas()), false);
        return transactions.inTransaction(actor, tx -> {
            CourierMapper couriers = tx.mapper(CourierMapper.class);
            if (couriers.update(code, input.name().strip(), Boolean.TRUE.equals(input.codSupported()), blank(input.trackingPattern()),
                    !Boolean.FALSE.equals(input.active()), input.monthlyPenaltyCap()) == 0) {
                throw new NotFoundException("No courier " + code);
            }
            return saved(tx, code, areas, "delivery.courier-changed");
        });
    }

    private static Courier saved(TransactionContext tx, String code, List<CourierAreaRow> areas, String action) {
        CourierMapper couriers = tx.mapper(CourierMapper.class);
        couriers.clearAreas(code);
        if (!areas.isEmpty()) {
            couriers.insertAreas(code, areas);
        }
        Courier courier = view(tx, couriers.find(code));
        tx.audit(action, "courier", code, Map.of("courier", courier));
        return courier;
    }

    private static List<CourierAreaRow> check(CourierInput input, boolean creating) {
        Check check = Check.input();
        if (input == null) {
            check.required("courier", null).validate();
        }
        if (creating) {
            check.code("code", input.code(), CODE, "2-20 upper-case letters, digits or '-'");
        }
        check.text("name", input.name(), 100, true).text("trackingPattern", input.trackingPattern(), 200, false);
        check.money("monthlyPenaltyCap", input.monthlyPenaltyCap(), false);
        if (input.trackingPattern() != null && !input.trackingPattern().isBlank()) {
            try {
                Pattern.compile(input.trackingPattern());
            } catch (PatternSyntaxException e) {
                check.rule(false, "trackingPattern", "is not a regular expression: " + e.getDescription());
            }
        }
        List<CourierAreaRow> areas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Area> given = input.areas() == null ? List.of() : input.areas();
        check.rule(!given.isEmpty(), "areas", "must name at least one province the courier delivers to");
        for (int i = 0; i < given.size(); i++) {
            Area area = given.get(i);
            String province = area == null ? null : Regions.province(area.province()).orElse(null);
            check.rule(province != null, "areas[" + i + "].province", "is not a province, municipality or region of China")
                    .rule(province == null || seen.add(province), "areas[" + i + "].province", "is listed twice")
                    .rule(area != null && area.promisedDays() != null && area.promisedDays() >= 1 && area.promisedDays() <= 30,
                            "areas[" + i + "].promisedDays", "must be between 1 and 30");
            if (province != null && area.promisedDays() != null) {
                areas.add(new CourierAreaRow(input.code(), province, area.promisedDays()));
            }
        }
        check.validate();
        return areas;
    }

    static Courier view(TransactionContext tx, CourierRow row) {
        return new Courier(row.code(), row.name(), row.codSupported(), row.trackingPattern(), row.active(), row.monthlyPenaltyCap(),
                tx.mapper(CourierMapper.class).areas(row.code()));
    }

    static CourierRow require(CourierRow row, String code) {
        if (row == null) {
            throw new NotFoundException("No courier " + code);
        }
        return row;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
