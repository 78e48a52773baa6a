package org.yorisoi.core.internal.staff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.yorisoi.contract.spi.StaffingRule;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.platform.Opening;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.Shortfall;

/**
 * Finds the spans of staffed openings that break a staffing rule. Pure: openings, rules and shifts are passed in.
 * Each opening is split at the shift boundaries inside it; a sub-span counts the shifts of the rule's role that
 * cover it whole. Adjacent sub-spans with the same count are reported as one.
 */
public final class CoverageCheck {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private CoverageCheck() {
    }

    /**
     * @param openings the contract's openings (only {@link WindowKind#HUMAN} ones are checked)
     * @param rules the contract's staffing rules (only those {@code during == HUMAN} are checked)
     * @param shifts the contract's shifts that may overlap the openings
     */
    public static List<Shortfall> check(List<Opening> openings, List<StaffingRule> rules, List<Shift> shifts) {
        List<Shortfall> out = new ArrayList<>();
        for (Opening opening : openings) {
            if (opening.kind() != WindowKind.HUMAN) {
                continue;
            }
            for (StaffingRule rule : rules) {
                if (rule.during() == WindowKind.HUMAN) {
                    out.addAll(check(opening, rule, shifts));
                }
            }
        }
        // stable: within one start, the rule order is kept
        out.sort(Comparator.comparing((Shortfall s) -> s.start().toInstant()));
        return out;
    }

    static List<Shortfall> check(Opening opening, StaffingRule rule, List<Shift> shifts) {
        List<Shift> relevant = shifts.stream()
                .filter(s -> s.role() == rule.role() && s.overlaps(opening.start(), opening.end()))
                .toList();
        TreeSet<Instant> cuts = new TreeSet<>();
        cuts.add(opening.start().toInstant());
        cuts.add(opening.end().toInstant());
        for (Shift s : relevant) {
            if (opening.contains(s.start())) {
                cuts.add(s.start().toInstant());
            }
            if (opening.contains(s.end())) {
                cuts.add(s.end().toInstant());
            }
        }
        List<Shortfall> out = new ArrayList<>();
        Instant spanStart = null;
        int spanCount = -1;
        Instant previous = null;
        for (Instant cut : cuts) {
            if (previous != null) {
                Instant a = previous;
                int count = (int) relevant.stream()
                        .filter(s -> !s.start().toInstant().isAfter(a) && s.end().toInstant().isAfter(a))
                        .count();
                if (count != spanCount) {
                    addIfBroken(out, opening, rule, spanStart, a, spanCount);
                    spanStart = a;
                    spanCount = count;
                }
            }
            previous = cut;
        }
        addIfBroken(out, opening, rule, spanStart, previous, spanCount);
        return out;
    }

    private static void addIfBroken(List<Shortfall> out, Opening opening, StaffingRule rule, Instant start,
                                    Instant end, int count) {
        if (start == null) {
            return;
        }
        OffsetDateTime s = start.atOffset(JST);
        OffsetDateTime e = end.atOffset(JST);
        if (count < rule.minimum()) {
            out.add(new Shortfall(s, e, opening.kind(), rule.role(), rule.minimum(), count, rule.clause()));
        } else if (rule.maximum() > 0 && count > rule.maximum()) {
            out.add(new Shortfall(s, e, opening.kind(), rule.role(), rule.maximum(), count, rule.clause()));
        }
    }
}
