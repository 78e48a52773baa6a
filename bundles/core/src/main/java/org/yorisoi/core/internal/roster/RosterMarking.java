package org.yorisoi.core.internal.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRemoval;
import org.yorisoi.staff.RosterRow;

/** Marks the rows of a roster against the last submitted one, by person and fingerprint. Pure. */
final class RosterMarking {

    private RosterMarking() {
    }

    /** A row as it was submitted. */
    record Submitted(String personId, String loginName, String displayName, String fingerprint) {
    }

    /** The rows marked, and the persons submitted last time who are not on the roster any more. */
    record Result(List<RosterRow> rows, List<RosterRemoval> removed) {
        long count(RosterMark mark) {
            return rows.stream().filter(r -> r.mark() == mark).count();
        }
    }

    /**
     * @param rows the current rows, in roster order
     * @param submitted the rows of the last submission; empty when nothing was submitted (then every row is new)
     */
    static Result mark(List<RosterRow> rows, List<Submitted> submitted) {
        Map<String, Submitted> before = submitted.stream()
                .collect(Collectors.toMap(Submitted::personId, Function.identity(), (a, b) -> a));
        List<RosterRow> marked = new ArrayList<>(rows.size());
        for (RosterRow row : rows) {
            Submitted then = before.remove(row.personId());
            RosterMark mark = then == null ? RosterMark.NEW
                    : then.fingerprint().equals(row.fingerprint()) ? RosterMark.UNCHANGED : RosterMark.CHANGED;
            marked.add(row.withMark(mark));
        }
        List<RosterRemoval> removed = before.values().stream()
                .sorted(Comparator.comparing(Submitted::loginName).thenComparing(Submitted::personId))
                .map(s -> new RosterRemoval(s.personId(), s.loginName(), s.displayName()))
                .toList();
        return new Result(marked, removed);
    }
}
