package org.yorisoi.core.internal.access;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.RoutingRule;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.security.Caller;
import org.yorisoi.staff.RoleGrant;

public class RoutingContentAccessTest {

    /** Routing as Kyoto's: content of city schools to the city board, private schools to the division, else the prefecture board. */
    record KyotoLike(ContractInfo info, List<WindowRule> windows, List<Recipient> recipients,
                     List<RoutingRule> routing) implements Contract {
    }

    private static final Contract KYOTO = new KyotoLike(
            new ContractInfo("kyoto-like", "Kyoto-like", "京都風", "京都府",
                    new Term(LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31"), List.of(), "t 1"),
                    new Eligibility("児童生徒", "pupils", List.of(), "t 2"), Set.of(Channel.LINE)),
            List.of(),
            List.of(new Recipient("city-board", "市教委", "City board"),
                    new Recipient("private-division", "文教課", "Private schools division"),
                    new Recipient("prefecture-board", "府教委", "Prefectural board")),
            List.of(new RoutingRule(Set.of(Purpose.CONTENT_ACCESS), Map.of("schoolType", "CITY"), List.of("city-board"), "t 3"),
                    new RoutingRule(Set.of(Purpose.CONTENT_ACCESS), Map.of("schoolType", "PRIVATE"), List.of("private-division"), "t 3"),
                    new RoutingRule(Set.of(Purpose.CONTENT_ACCESS), Map.of(), List.of("prefecture-board"), "t 3")));

    private static final Map<String, String> CITY_SCHOOL = Map.of("schoolType", "CITY");
    private static final Map<String, String> PRIVATE_SCHOOL = Map.of("schoolType", "PRIVATE");

    private static Caller caller(RoleGrant... grants) {
        return new Caller("p1", "someone", "Someone", Arrays.asList(grants), "test");
    }

    private static RoleGrant grant(String contract, Role role, String organisation) {
        return new RoleGrant("p1", contract, role, LocalDate.parse("2026-04-01"), null, organisation);
    }

    @Test
    public void cityBoardViewerReadsCitySchoolConsultationButNotPrivateSchoolOne() {
        Caller viewer = caller(grant("kyoto-like", Role.MUNICIPAL_VIEWER, "city-board"));
        assertTrue(RoutingContentAccess.maySee(viewer, KYOTO, CITY_SCHOOL));
        assertFalse(RoutingContentAccess.maySee(viewer, KYOTO, PRIVATE_SCHOOL));
    }

    @Test
    public void prefectureBoardViewerReadsOnlyWhatNoOtherRuleClaims() {
        Caller viewer = caller(grant("kyoto-like", Role.MUNICIPAL_VIEWER, "prefecture-board"));
        assertTrue(RoutingContentAccess.maySee(viewer, KYOTO, Map.of("schoolType", "NATIONAL")));
        assertFalse(RoutingContentAccess.maySee(viewer, KYOTO, CITY_SCHOOL));
    }

    @Test
    public void viewerOfAnotherContractReadsNothingHere() {
        Caller viewer = caller(grant("asahikawa", Role.MUNICIPAL_VIEWER, "city-board"));
        assertFalse(RoutingContentAccess.maySee(viewer, KYOTO, CITY_SCHOOL));
    }

    @Test
    public void counselorOfTheContractReadsEveryConsultationOfIt() {
        Caller counselor = caller(grant("kyoto-like", Role.COUNSELOR, null));
        assertTrue(RoutingContentAccess.maySee(counselor, KYOTO, CITY_SCHOOL));
        assertTrue(RoutingContentAccess.maySee(counselor, KYOTO, PRIVATE_SCHOOL));
    }

    @Test
    public void administratorAndSystemManagerReadNoContentAnywhere() {
        Caller admin = caller(grant(RoleGrant.EVERY_CONTRACT, Role.ADMIN, null),
                grant(RoleGrant.EVERY_CONTRACT, Role.SYSTEM_MANAGER, null));
        assertFalse(RoutingContentAccess.maySee(admin, KYOTO, CITY_SCHOOL));
    }

    @Test
    public void counselorAndViewerOfTheContractReadsAsCounselor() {
        Caller both = caller(grant("kyoto-like", Role.COUNSELOR, null),
                grant("kyoto-like", Role.MUNICIPAL_VIEWER, "city-board"));
        assertTrue(RoutingContentAccess.maySee(both, KYOTO, PRIVATE_SCHOOL));
    }
}
