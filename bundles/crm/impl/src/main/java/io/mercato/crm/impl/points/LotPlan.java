package io.mercato.crm.impl.points;

import io.mercato.crm.impl.persistence.LotRow;
import java.util.ArrayList;
import java.util.List;

/** Which lots give how many points for a take: a preferred lot first (a reversal takes from what it earned), then oldest expiry first. */
public final class LotPlan {
    /** Points taken from one lot. */
    public record Take(long lotId, long points) {
    }

    private LotPlan() {
    }

    /** The takes covering up to {@code wanted} points; fewer when the lots hold less. */
    public static List<Take> plan(List<LotRow> openLots, Long preferredLot, long wanted) {
        List<LotRow> ordered = new ArrayList<>(openLots.size());
        openLots.stream().filter(lot -> preferredLot != null && lot.id() == preferredLot).forEach(ordered::add);
        openLots.stream().filter(lot -> preferredLot == null || lot.id() != preferredLot).forEach(ordered::add);
        List<Take> takes = new ArrayList<>();
        long left = wanted;
        for (LotRow lot : ordered) {
            if (left == 0) {
                break;
            }
            long points = Math.min(left, lot.remaining());
            if (points > 0) {
                takes.add(new Take(lot.id(), points));
                left -= points;
            }
        }
        return takes;
    }

    public static long total(List<Take> takes) {
        return takes.stream().mapToLong(Take::points).sum();
    }
}
