package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TransportSecurityFilterTest {

    @Test
    public void plainHttpRedirectsToTheSameUrlOnTheHttpsPort() {
        assertEquals("https://localhost:8443/api/v1/contracts?x=1",
                TransportSecurityFilter.httpsUrl("localhost", 8443, "/api/v1/contracts", "x=1"));
    }

    @Test
    public void defaultHttpsPortIsLeftOutOfTheUrl() {
        assertEquals("https://soudan.example.jp/chat/kyoto",
                TransportSecurityFilter.httpsUrl("soudan.example.jp", 443, "/chat/kyoto", null));
    }

    @Test
    public void ipv6HostIsBracketed() {
        assertEquals("https://[::1]:8443/api", TransportSecurityFilter.httpsUrl("::1", 8443, "/api", null));
    }
}
