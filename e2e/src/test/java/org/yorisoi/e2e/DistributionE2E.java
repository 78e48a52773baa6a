package org.yorisoi.e2e;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.time.Duration;
import java.time.OffsetDateTime;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The harness the other end-to-end tests stand on: a distribution unpacked with its own ports boots, is taken over
 * by its first administrator, survives kill -9 with its data, and follows clock changes made while it runs.
 */
public class DistributionE2E {

    static final OffsetDateTime KYOTO_FRIDAY_EVENING = OffsetDateTime.parse("2023-07-14T18:00:00+09:00");
    static final OffsetDateTime KYOTO_SATURDAY_MORNING = OffsetDateTime.parse("2023-07-15T10:00:00+09:00");

    private static Distribution distribution;
    private static Platform platform;

    @BeforeClass
    public static void boot() throws Exception {
        distribution = Distribution.unpack("harness");
        distribution.clockAt(KYOTO_FRIDAY_EVENING);
        distribution.start();
        platform = new Platform(distribution.http());
    }

    @AfterClass
    public static void shutDown() throws Exception {
        if (distribution != null) {
            distribution.stop();
        }
    }

    @Test
    public void staffAndShiftsSurviveKillNineAndTheClockFollowsItsConfiguration() throws Exception {
        platform.takeOverFirstAdmin(distribution);
        Platform.Account manager = platform.createStaff("harness-manager", "Harness Manager", "kyoto", "CONTRACT_MANAGER");
        Platform.Account counselor = platform.createStaff("harness-counselor", "相談員 テスト", "kyoto", "COUNSELOR");
        platform.assignShift(manager, "kyoto", counselor, "COUNSELOR", KYOTO_FRIDAY_EVENING.withHour(17),
                KYOTO_FRIDAY_EVENING.withHour(22));
        platform.awaitHumanStaffed("kyoto", true, Duration.ofSeconds(30));

        distribution.kill9();
        assertFalse(distribution.isRunning());
        distribution.start();

        assertTrue("the counselor's password survived kill -9",
                !platform.login(counselor.login(), counselor.password()).isEmpty());
        String managerAgain = platform.login(manager.login(), manager.password());
        Http.Response shifts = distribution.http().get(Platform.API
                + "/contracts/kyoto/shifts?from=2023-07-14&to=2023-07-14", managerAgain).expect(200, "listing shifts");
        assertTrue("the shift survived kill -9: " + shifts, shifts.body().contains(counselor.id()));
        platform.awaitHumanStaffed("kyoto", true, Duration.ofSeconds(30));

        distribution.clockAt(KYOTO_SATURDAY_MORNING);
        platform.awaitHumanStaffed("kyoto", false, Duration.ofSeconds(60));
    }
}
