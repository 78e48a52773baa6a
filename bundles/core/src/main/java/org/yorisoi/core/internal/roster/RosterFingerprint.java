package org.yorisoi.core.internal.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.RosterRow;

/**
 * The fingerprint of a roster row: SHA-256 over what the row shows, by value rather than by label, so that a
 * reworded column heading does not mark every person changed. Lists are compared as sets of entries, so that the
 * order records were made in does not count.
 */
final class RosterFingerprint {

    private RosterFingerprint() {
    }

    static String of(String loginName, String displayName, List<RoleGrant> grants,
                     List<QualificationRecord> qualifications, List<ExperienceRecord> experience,
                     List<ApprovalRecord> approvals, List<RosterRow.Category> categories) {
        StringBuilder text = new StringBuilder();
        field(text, "login", loginName);
        field(text, "name", displayName);
        entries(text, "grant", grants, g -> join(g.role().name(), String.valueOf(g.from()),
                g.until() == null ? null : g.until().toString()));
        entries(text, "qualification", qualifications, q -> join(q.type().name(), q.certificateNumber()));
        entries(text, "experience", experience, e -> join(e.kind().name(), Integer.toString(e.months()), e.description()));
        entries(text, "approval", approvals, a -> join(a.approvalKind(), a.approvedBy(),
                a.approvedAt().toString(), a.note()));
        entries(text, "category", categories, c -> join(c.role().name(), c.activity(), c.clause(),
                String.join("\n", c.met())));
        return sha256(text.toString());
    }

    private static <T> void entries(StringBuilder text, String name, List<T> values, Function<T, String> canonical) {
        List<String> sorted = new ArrayList<>(values.stream().map(canonical).toList());
        sorted.sort(null);
        field(text, name + "s", Integer.toString(sorted.size()));
        sorted.forEach(s -> field(text, name, s));
    }

    /** Length-prefixed, so that no value can pass for two (「ab」+「c」 differs from 「a」+「bc」); null differs from "". */
    static String join(String... values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            b.append(v == null ? "~" : v.length() + ":" + v).append(';');
        }
        return b.toString();
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(join(value)).append('\n');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
