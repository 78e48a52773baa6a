package org.yorisoi.core.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRemoval;
import org.yorisoi.staff.RosterRow;

public class RosterMarkingTest {

    private static RosterMarking.Submitted submitted(String personId, String fingerprint) {
        return new RosterMarking.Submitted(personId, "login-" + personId, "提出時の名前 " + personId, fingerprint);
    }

    @Test
    public void everyRowIsNewWhenNothingWasSubmitted() {
        RosterMarking.Result result = RosterMarking.mark(
                List.of(RosterFixtures.row("a", "f1"), RosterFixtures.row("b", "f2")), List.of());

        assertEquals(List.of(RosterMark.NEW, RosterMark.NEW), result.rows().stream().map(RosterRow::mark).toList());
        assertTrue(result.removed().isEmpty());
    }

    @Test
    public void aPersonSubmittedWithTheSameFingerprintIsUnchanged() {
        RosterMarking.Result result = RosterMarking.mark(List.of(RosterFixtures.row("a", "f1")),
                List.of(submitted("a", "f1")));

        assertEquals(RosterMark.UNCHANGED, result.rows().get(0).mark());
    }

    @Test
    public void aPersonSubmittedWithAnotherFingerprintIsChanged() {
        RosterMarking.Result result = RosterMarking.mark(List.of(RosterFixtures.row("a", "f1-new")),
                List.of(submitted("a", "f1")));

        assertEquals(RosterMark.CHANGED, result.rows().get(0).mark());
    }

    @Test
    public void aPersonNotSubmittedIsNewBesideTheOthers() {
        RosterMarking.Result result = RosterMarking.mark(
                List.of(RosterFixtures.row("a", "f1"), RosterFixtures.row("c", "f3")), List.of(submitted("a", "f1")));

        assertEquals(List.of(RosterMark.UNCHANGED, RosterMark.NEW), result.rows().stream().map(RosterRow::mark).toList());
        assertEquals(1, result.count(RosterMark.NEW));
    }

    @Test
    public void aPersonSubmittedAndGoneIsReportedRemovedWithTheNamesAsSubmitted() {
        RosterMarking.Result result = RosterMarking.mark(List.of(RosterFixtures.row("a", "f1")),
                List.of(submitted("z", "f9"), submitted("a", "f1"), submitted("b", "f2")));

        assertEquals(List.of(new RosterRemoval("b", "login-b", "提出時の名前 b"),
                new RosterRemoval("z", "login-z", "提出時の名前 z")), result.removed());
        assertEquals(1, result.rows().size());
    }

    @Test
    public void rowsKeepTheirOrderAndContent() {
        RosterRow b = RosterFixtures.row("b", "f2");
        RosterRow a = RosterFixtures.row("a", "f1");

        List<RosterRow> rows = RosterMarking.mark(List.of(b, a), List.of(submitted("a", "f1"))).rows();

        assertEquals(List.of("b", "a"), rows.stream().map(RosterRow::personId).toList());
        assertEquals(a.withMark(RosterMark.UNCHANGED), rows.get(1));
    }
}
