package io.mercato.benchmark.scale;

/**
 * The company size Mercato is built for (shared/reference-size.md), times a factor: 1.0 is the reference, a small
 * factor gives the same shape quickly (the build runs 0.01). Warehouses and regions do not scale: their number is
 * what makes the shape.
 */
public record ReferenceSize(double factor) {
    public static final int WAREHOUSES = 20;
    public static final int REGIONS = 5;

    public ReferenceSize {
        if (factor <= 0 || factor > 10) {
            throw new IllegalArgumentException("mercato.scale must be above 0 and at most 10");
        }
    }

    public int skus() {
        return scaled(100_000, 100);
    }

    public long stockRows() {
        return (long) skus() * WAREHOUSES;
    }

    /** Stock movements of a year, the opening stock's included. */
    public long movementsPerYear() {
        return Math.max(scaled(10_000_000, 1_000), stockRows() + salesLast30Days() + 1);
    }

    public long salesLast30Days() {
        return scaled(1_000_000, 100);
    }

    public int transfers() {
        return scaled(20_000, 20);
    }

    public int staff() {
        return scaled(500, 50);
    }

    /** Departments and teams; the organisation's shape does not shrink below a real company's. */
    public int departmentsAndTeams() {
        return 60;
    }

    public int suppliers() {
        return scaled(1_000, 20);
    }

    /** Purchase orders not yet received in full; a year's received ones come on top (three times as many). */
    public int openPurchaseOrders() {
        return scaled(5_000, 50);
    }

    public int receivedPurchaseOrders() {
        return scaled(15_000, 150);
    }

    public int merchants() {
        return scaled(5_000, 50);
    }

    /** Sales orders of a year (2.5 lines each on average); 10,000 a day at the peak. */
    public int salesOrdersPerYear() {
        return scaled(3_000_000, 3_000);
    }

    /** Customers who order (the CRM's members): orders repeat their phones and addresses. */
    public int customers() {
        return scaled(1_000_000, 1_000);
    }

    public long auditRows() {
        return scaled(50_000_000, 10_000);
    }

    private int scaled(long reference, int least) {
        return (int) Math.max(least, Math.round(reference * factor));
    }
}
