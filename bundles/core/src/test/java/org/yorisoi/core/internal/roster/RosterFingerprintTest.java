package org.yorisoi.core.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.RosterRow;

public class RosterFingerprintTest {

    private static final RoleGrant GRANT = new RoleGrant("p", "kyoto", Role.COUNSELOR, LocalDate.parse("2025-04-01"), null);
    private static final QualificationRecord CPP = new QualificationRecord("p", Qualification.CERTIFIED_PSYCHOLOGIST,
            "12345", "確認者", Instant.parse("2025-03-01T00:00:00Z"));
    private static final ExperienceRecord SNS = new ExperienceRecord("p", ExperienceKind.COUNSELING_CHAT_SNS, 18, "SNS相談");
    private static final ExperienceRecord PHONE = new ExperienceRecord("p", ExperienceKind.COUNSELING_PHONE, 6, null);
    private static final RosterRow.Category MET = new RosterRow.Category(Role.COUNSELOR, null, "kyoto 6(5)ア(ウ)②",
            List.of("公認心理師・臨床心理士のいずれか"));

    private static String fingerprint(String name, List<QualificationRecord> qualifications,
                                      List<ExperienceRecord> experience) {
        return RosterFingerprint.of("k.tanaka", name, List.of(GRANT), qualifications, experience, List.of(), List.of(MET));
    }

    @Test
    public void isLowerCaseHexSha256() {
        assertTrue(fingerprint("田中", List.of(CPP), List.of(SNS)).matches("[0-9a-f]{64}"));
    }

    @Test
    public void theOrderRecordsWereMadeInDoesNotCount() {
        assertEquals(fingerprint("田中", List.of(CPP), List.of(SNS, PHONE)),
                fingerprint("田中", List.of(CPP), List.of(PHONE, SNS)));
    }

    @Test
    public void aNewCertificateNumberChangesIt() {
        QualificationRecord corrected = new QualificationRecord("p", Qualification.CERTIFIED_PSYCHOLOGIST, "12346",
                "確認者", Instant.parse("2025-03-01T00:00:00Z"));

        assertNotEquals(fingerprint("田中", List.of(CPP), List.of(SNS)), fingerprint("田中", List.of(corrected), List.of(SNS)));
    }

    @Test
    public void whoVerifiedAQualificationIsNotPartOfTheRow() {
        QualificationRecord otherVerifier = new QualificationRecord("p", Qualification.CERTIFIED_PSYCHOLOGIST, "12345",
                "別の確認者", Instant.parse("2025-03-02T00:00:00Z"));

        assertEquals(fingerprint("田中", List.of(CPP), List.of(SNS)), fingerprint("田中", List.of(otherVerifier), List.of(SNS)));
    }

    @Test
    public void anEndDateSetOnAGrantChangesIt() {
        RoleGrant ending = new RoleGrant("p", "kyoto", Role.COUNSELOR, GRANT.from(), LocalDate.parse("2025-09-30"));

        assertNotEquals(RosterFingerprint.of("k", "n", List.of(GRANT), List.of(), List.of(), List.of(), List.of()),
                RosterFingerprint.of("k", "n", List.of(ending), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    public void valuesCannotRunIntoEachOther() {
        assertNotEquals(RosterFingerprint.join("ab", "c"), RosterFingerprint.join("a", "bc"));
        assertNotEquals(RosterFingerprint.join((String) null), RosterFingerprint.join(""));
        assertNotEquals(RosterFingerprint.of("ab", "c", List.of(), List.of(), List.of(), List.of(), List.of()),
                RosterFingerprint.of("a", "bc", List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    public void aCategoryNoLongerMetChangesIt() {
        RosterRow.Category unmet = new RosterRow.Category(Role.COUNSELOR, null, "kyoto 6(5)ア(ウ)②", List.of());

        assertNotEquals(RosterFingerprint.of("k", "n", List.of(GRANT), List.of(), List.of(), List.of(), List.of(MET)),
                RosterFingerprint.of("k", "n", List.of(GRANT), List.of(), List.of(), List.of(), List.of(unmet)));
    }
}
