package org.yorisoi.channel.line.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.Test;

public class LineChannelsTest {

    private static LineChannel channel(String contract, String secret, String token) {
        return new LineChannel(contract, secret, token, "http://127.0.0.1:1", Duration.ofSeconds(50));
    }

    @Test
    public void connectedConfigurationWinsOverTheEmptyExample() {
        LineChannel example = channel("kyoto", "", "");
        LineChannel real = channel("kyoto", "secret", "token");
        assertSame(real, new LineChannels(List.of(example, real)).of("kyoto").orElseThrow());
        assertSame(real, new LineChannels(List.of(real, example)).of("kyoto").orElseThrow());
    }

    @Test
    public void channelWithoutSecretOrTokenIsNotConnected() {
        assertFalse(channel("kyoto", "", "token").connected());
        assertFalse(channel("kyoto", "secret", "").connected());
        assertTrue(channel("kyoto", "secret", "token").connected());
    }

    @Test
    public void otherContractsAreNotFound() {
        assertTrue(new LineChannels(List.of(channel("kyoto", "s", "t"))).of("sakai").isEmpty());
    }
}
