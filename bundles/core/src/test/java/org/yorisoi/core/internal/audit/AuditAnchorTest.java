package org.yorisoi.core.internal.audit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.yorisoi.core.internal.audit.AuditChain.Head;

public class AuditAnchorTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void missingAnchorReadsAsNull() throws IOException {
        assertNull(new AuditAnchor(folder.getRoot().toPath().resolve("audit/head")).read());
    }

    @Test
    public void writtenAnchorReadsBackAndReplacesTheOldOne() throws IOException {
        Path file = folder.getRoot().toPath().resolve("audit/head");
        AuditAnchor anchor = new AuditAnchor(file);

        anchor.write(new Head(1, "a".repeat(64)));
        anchor.write(new Head(2, "b".repeat(64)));

        assertEquals(new Head(2, "b".repeat(64)), anchor.read());
        assertEquals("2 " + "b".repeat(64) + "\n", Files.readString(file));
        assertFalse(Files.exists(file.resolveSibling("head.tmp")));
    }

    @Test(expected = IOException.class)
    public void garbledAnchorIsAnError() throws IOException {
        Path file = folder.newFile("head").toPath();
        Files.writeString(file, "3 not-a-hash\n");

        new AuditAnchor(file).read();
    }
}
