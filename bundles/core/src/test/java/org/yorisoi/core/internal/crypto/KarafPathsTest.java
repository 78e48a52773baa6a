package org.yorisoi.core.internal.crypto;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.Test;

public class KarafPathsTest {

    private static final Map<String, String> KARAF = Map.of("karaf.home", "/opt/yorisoi", "karaf.data",
            "/var/lib/yorisoi", "karaf.etc", "/etc/yorisoi");

    @Test
    public void karafVariablesAreReplacedByTheirSystemProperties() {
        assertEquals(Path.of("/opt/yorisoi/keys/contract-keys.p12"),
                KarafPaths.resolve("${karaf.home}/keys/contract-keys.p12", KARAF::get));
        assertEquals(Path.of("/var/lib/yorisoi/k.p12"), KarafPaths.resolve("${karaf.data}/k.p12", KARAF::get));
        assertEquals(Path.of("/etc/yorisoi/k.p12"), KarafPaths.resolve("${karaf.etc}/k.p12", KARAF::get));
    }

    @Test
    public void plainPathIsKept() {
        assertEquals(Path.of("/srv/keys/k.p12"), KarafPaths.resolve("/srv/keys/k.p12", KARAF::get));
    }

    @Test(expected = IllegalStateException.class)
    public void unsetPropertyIsRefused() {
        KarafPaths.resolve("${karaf.home}/keys/k.p12", name -> null);
    }

    @Test(expected = IllegalArgumentException.class)
    public void emptyPathIsRefused() {
        KarafPaths.resolve(" ", KARAF::get);
    }
}
