package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ClockResourceTest {

    @Test
    public void theClockIsThePlatformsShownAtJapanTimeToTheSecond() {
        ClockResource resource = new ClockResource(TestPlatform.clockAt("2026-11-24T01:00:00.987Z"));

        assertEquals("{\"now\":\"2026-11-24T10:00:00+09:00\"}", RestCalls.json(resource.now()).toString());
    }
}
