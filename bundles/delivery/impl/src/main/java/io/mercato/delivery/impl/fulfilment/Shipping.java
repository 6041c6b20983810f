package io.mercato.delivery.impl.fulfilment;

import io.mercato.delivery.impl.audit.Penalties;
import io.mercato.delivery.impl.persistence.CourierAreaRow;
import io.mercato.delivery.impl.persistence.CourierMapper;
import io.mercato.delivery.impl.persistence.CourierRow;
import io.mercato.delivery.impl.persistence.FulfilmentMapper;
import io.mercato.delivery.impl.persistence.ItemRow;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.OrderRow;
import io.mercato.delivery.impl.persistence.ShipmentEventRow;
import io.mercato.delivery.impl.persistence.ShipmentRow;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.delivery.impl.service.ShopCalendar;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.delivery.impl.audit.Standards;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Packing and shipping a shipment, and what couriers report afterwards. Shipping labels the package with the courier's
 * tracking number (given, or made here from the courier's code and the shipment) once: a retry returns the same label,
 * and a number that labels another package is refused. The shipment's reserved stock then leaves the warehouse through
 * the outbox ({@value #SHIPPED_TOPIC}), exactly once.
 */
@Component(service = Shipping.class)
public class Shipping {
    public static final String SHIPPED_TOPIC = "mercato/delivery/shipment-shipped";
    private static final Set<String> BOX_SIZES = Set.of("S", "M", "L", "XL", "BAG", "PALLET");
    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9-]{6,40}");
    private static final Set<String> EVENT_KINDS = Set.of("PICKED_UP", "IN_TRANSIT", "DELIVERED", "FAILED", "RETURNED");
    private final Transactions transactions;
    private final VersionedSettings<Standards> standards;

    @Activate
    public Shipping(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
        this.standards = database.standards();
    }

    public record Shipment(String number, String order, String warehouseCode, String pickList, String status, String boxSize,
                           BigDecimal weightKg, String courier, String trackingNumber, LocalDate promisedBy, boolean stockIssued,
                           Instant shippedAt, Instant deliveredAt, List<ItemRow> items, List<ShipmentEventRow> events) {
    }

    public record Packing(String boxSize, BigDecimal weightKg) {
    }

    public record Label(String courier, String trackingNumber) {
    }

    public record DeliveryEvent(String kind, Instant happenedAt, String reason) {
    }

    public Shipment get(String number) {
        return transactions.read(tx -> view(tx, require(tx.mapper(FulfilmentMapper.class).shipment(number), number)));
    }

    public Shipment pack(String number, Packing packing, Actor actor) {
        Check.input()
                .rule(packing != null && packing.boxSize() != null && BOX_SIZES.contains(packing.boxSize().strip().toUpperCase(java.util.Locale.ROOT)),
                        "boxSize", "must be one of " + String.join(", ", BOX_SIZES.stream().sorted().toList()))
                .rule(packing != null && packing.weightKg() != null && packing.weightKg().signum() > 0
                        && packing.weightKg().compareTo(new BigDecimal("10000")) < 0 && packing.weightKg().stripTrailingZeros().scale() <= 3,
                        "weightKg", "must be above 0 and below 10,000 kg, in grams at the finest")
                .validate();
        return transactions.inTransaction(actor, tx -> {
            FulfilmentMapper fulfilment = tx.mapper(FulfilmentMapper.class);
            ShipmentRow shipment = locked(tx, number, Set.of("PICKING"), "packed");
            fulfilment.packed(shipment.id(), packing.boxSize().strip().toUpperCase(java.util.Locale.ROOT), packing.weightKg());
            tx.audit("delivery.shipment-packed", "shipment", number, Map.of("boxSize", packing.boxSize(), "weightKg", packing.weightKg()));
            OrderProgress.follow(tx, shipment.orderId(), "packed in " + shipment.warehouseCode(), Map.of("shipment", number));
            return view(tx, fulfilment.shipment(number));
        });
    }

    public Shipment ship(String number, Label label, Actor actor) {
        Check.input().text("courier", label == null ? null : label.courier(), 20, true)
                .rule(label == null || label.trackingNumber() == null || label.trackingNumber().isBlank()
                        || TRACKING.matcher(label.trackingNumber().strip()).matches(), "trackingNumber", "must be 6-40 letters, digits or '-'")
                .validate();
        return transactions.inTransaction(actor, tx -> {
            FulfilmentMapper fulfilment = tx.mapper(FulfilmentMapper.class);
            ShipmentRow shipment = require(fulfilment.lockShipment(number), number);
            if (shipment.trackingNumber() != null) {
                return labelledBefore(tx, shipment, label);
            }
            if (!"PACKED".equals(shipment.status())) {
                throw new ConflictException("shipment-" + shipment.status().toLowerCase(java.util.Locale.ROOT), "Shipment " + number
                        + " is " + shipment.status() + " and cannot be shipped before it is packed");
            }
            OrderRow order = tx.mapper(OrderMapper.class).byId(shipment.orderId());
            CourierRow courier = courierFor(tx, label.courier().strip(), order);
            CourierAreaRow area = tx.mapper(CourierMapper.class).area(courier.code(), order.province());
            String tracking = label.trackingNumber() == null || label.trackingNumber().isBlank()
                    ? courier.code() + String.format("%012d", shipment.id()) : label.trackingNumber().strip();
            if (courier.trackingPattern() != null && !tracking.matches(courier.trackingPattern())) {
                throw new io.mercato.platform.api.ValidationException("trackingNumber", "does not look like a tracking number of " + courier.name()
                        + " (" + courier.trackingPattern() + ")");
            }
            LocalDate promisedBy = LocalDate.now(ShopCalendar.ZONE).plusDays(area.promisedDays());
            if (!labelled(fulfilment, shipment.id(), courier.code(), tracking, promisedBy)) {
                ShipmentRow other = fulfilment.byTracking(courier.code(), tracking);
                throw new ConflictException("tracking-number-used", "Tracking number " + tracking + " of " + courier.code()
                        + " already labels shipment " + (other == null ? "another package" : other.number()));
            }
            tx.audit("delivery.shipment-shipped", "shipment", number, Map.of("courier", courier.code(), "trackingNumber", tracking,
                    "promisedBy", promisedBy.toString()));
            tx.publish(SHIPPED_TOPIC, Map.of("shipment", number, "order", order.number(), "warehouseCode", shipment.warehouseCode()));
            OrderProgress.follow(tx, shipment.orderId(), "shipped from " + shipment.warehouseCode() + " with " + courier.code() + " " + tracking,
                    Map.of("shipment", number, "courier", courier.code(), "trackingNumber", tracking));
            return view(tx, fulfilment.shipment(number));
        });
    }

    /** False when the tracking number labels another package, also one labelled by a concurrent request a moment ago. */
    private static boolean labelled(FulfilmentMapper fulfilment, long id, String courier, String tracking, LocalDate promisedBy) {
        try {
            return fulfilment.shipped(id, courier, tracking, promisedBy) == 1;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    return false;
                }
            }
            throw e;
        }
    }

    /** A shipment is labelled once: the same request again gets the same label, a different one is refused. */
    private static Shipment labelledBefore(TransactionContext tx, ShipmentRow shipment, Label label) {
        boolean same = shipment.courierCode().equals(label.courier().strip())
                && (label.trackingNumber() == null || label.trackingNumber().isBlank() || shipment.trackingNumber().equals(label.trackingNumber().strip()));
        if (!same) {
            throw new ConflictException("shipment-labelled", "Shipment " + shipment.number() + " is already labelled " + shipment.courierCode()
                    + " " + shipment.trackingNumber());
        }
        return view(tx, shipment);
    }

    private static CourierRow courierFor(TransactionContext tx, String code, OrderRow order) {
        CourierRow courier = tx.mapper(CourierMapper.class).find(code);
        if (courier == null) {
            throw new io.mercato.platform.api.ValidationException("courier", "is not a courier partner: " + code);
        }
        if (!courier.active()) {
            throw new ConflictException("courier-inactive", "Courier " + code + " is not active");
        }
        if (tx.mapper(CourierMapper.class).area(code, order.province()) == null) {
            throw new ConflictException("courier-area", "Courier " + code + " does not deliver to " + order.province());
        }
        if ("COD".equals(order.paymentMethod()) && !courier.codSupported()) {
            throw new ConflictException("courier-cod", "Courier " + code + " does not collect cash on delivery, which order " + order.number()
                    + " needs");
        }
        return courier;
    }

    /** What the courier reports: picked up and in transit move a shipped package along; delivered, failed and returned end it. */
    public Shipment report(String number, DeliveryEvent event, Actor actor) {
        String kind = event == null || event.kind() == null ? null : event.kind().strip().toUpperCase(java.util.Locale.ROOT);
        Instant now = Instant.now();
        Instant at = event == null || event.happenedAt() == null ? now : event.happenedAt();
        Check.input()
                .rule(kind != null && EVENT_KINDS.contains(kind), "kind", "must be one of " + String.join(", ", EVENT_KINDS.stream().sorted().toList()))
                .rule(!at.isAfter(now.plusSeconds(300)), "happenedAt", "is in the future")
                .text("reason", event == null ? null : event.reason(), 500, "FAILED".equals(kind) || "RETURNED".equals(kind))
                .validate();
        return transactions.inTransaction(actor, tx -> {
            FulfilmentMapper fulfilment = tx.mapper(FulfilmentMapper.class);
            ShipmentRow shipment = require(fulfilment.lockShipment(number), number);
            if (shipment.shippedAt() == null) {
                throw new ConflictException("shipment-not-shipped", "Shipment " + number + " has not been shipped yet");
            }
            if (at.isBefore(shipment.shippedAt().minusSeconds(300))) {
                throw new io.mercato.platform.api.ValidationException("happenedAt", "is before the shipment was shipped (" + shipment.shippedAt() + ")");
            }
            String reason = event.reason() == null || event.reason().isBlank() ? null : event.reason().strip();
            fulfilment.recordEvent(shipment.id(), kind, reason, at, actor.username());
            String next = next(shipment.status(), kind);
            if (next == null) {
                throw new ConflictException("shipment-" + shipment.status().toLowerCase(java.util.Locale.ROOT), "Shipment " + number + " is "
                        + shipment.status() + "; a " + kind + " report does not apply");
            }
            if (!next.equals(shipment.status())) {
                fulfilment.setStatus(shipment.id(), next, "DELIVERED".equals(next) ? at : null);
                if ("DELIVERED".equals(next)) {
                    Penalties.deliveredLate(tx, standards.current(tx), shipment, at);
                }
                tx.audit("delivery.shipment-" + next.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "shipment", number,
                        Map.of("kind", kind, "happenedAt", at.toString(), "reason", String.valueOf(reason)));
                OrderProgress.follow(tx, shipment.orderId(), reason, Map.of("shipment", number, "report", kind));
            }
            return view(tx, fulfilment.shipment(number));
        });
    }

    /** The shipment's status after a report, the same when it changes nothing, or null when it does not apply. */
    static String next(String status, String kind) {
        return switch (status) {
            case "SHIPPED", "IN_TRANSIT" -> switch (kind) {
                case "PICKED_UP", "IN_TRANSIT" -> "IN_TRANSIT";
                default -> kind;
            };
            case "DELIVERED" -> "DELIVERED".equals(kind) ? "DELIVERED" : "RETURNED".equals(kind) ? "RETURNED" : null;
            case "FAILED" -> switch (kind) {
                case "FAILED" -> "FAILED";
                case "RETURNED" -> "RETURNED";
                case "DELIVERED" -> "DELIVERED";
                default -> "IN_TRANSIT";
            };
            case "RETURNED" -> "RETURNED".equals(kind) ? "RETURNED" : null;
            default -> null;
        };
    }

    public static Shipment view(TransactionContext tx, ShipmentRow row) {
        FulfilmentMapper fulfilment = tx.mapper(FulfilmentMapper.class);
        return view(row, fulfilment.contents(row.orderId(), row.warehouseCode()), fulfilment.events(row.id()));
    }

    static Shipment view(ShipmentRow row, List<ItemRow> items, List<ShipmentEventRow> events) {
        return new Shipment(row.number(), row.orderNumber(), row.warehouseCode(), row.pickList(), row.status(), row.boxSize(), row.weightKg(),
                row.courierCode(), row.trackingNumber(), row.promisedBy(), row.stockIssued(), row.shippedAt(), row.deliveredAt(), items, events);
    }

    private static ShipmentRow locked(TransactionContext tx, String number, Set<String> allowed, String what) {
        ShipmentRow shipment = require(tx.mapper(FulfilmentMapper.class).lockShipment(number), number);
        if (!allowed.contains(shipment.status())) {
            throw new ConflictException("shipment-" + shipment.status().toLowerCase(java.util.Locale.ROOT), "Shipment " + number + " is "
                    + shipment.status() + " and cannot be " + what);
        }
        return shipment;
    }

    private static ShipmentRow require(ShipmentRow row, String number) {
        if (row == null) {
            throw new NotFoundException("No shipment " + number);
        }
        return row;
    }
}
