package org.yorisoi.risk.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.StringReader;

import org.junit.Test;

public class LexiconTest {
    private static String parseError(String tsv) throws IOException {
        try {
            Lexicon.parse(new StringReader(tsv));
        } catch (LexiconFormatException e) {
            return e.getMessage();
        }
        fail("expected a format error");
        return null;
    }

    @Test
    public void shippedLexiconParsesWithItsVersion() {
        Lexicon lexicon = Lexicon.shipped();
        assertEquals("2026-11-23.2", lexicon.version());
        assertTrue(lexicon.entries().size() > 50);
    }

    @Test
    public void unknownCategoryErrorNamesTheLine() throws IOException {
        String message = parseError("# version: 1\nok\tSELF_HARM\tLOW\t自傷\nbad\tSADNESS\tLOW\t悲しい\n");
        assertTrue(message, message.contains("line 3") && message.contains("category"));
    }

    @Test
    public void missingFieldErrorNamesTheLine() throws IOException {
        String message = parseError("# version: 1\nbad\tSELF_HARM\tLOW\n");
        assertTrue(message, message.contains("line 2") && message.contains("fields"));
    }

    @Test
    public void entryBeforeVersionHeaderIsRejected() throws IOException {
        assertTrue(parseError("x\tSELF_HARM\tLOW\t自傷\n").contains("line 1"));
    }

    @Test
    public void duplicateIdIsRejected() throws IOException {
        assertTrue(parseError("# version: 1\nx\tSELF_HARM\tLOW\t自傷\nx\tSELF_HARM\tLOW\t自傷\n").contains("duplicate"));
    }

    @Test
    public void errorMessagesNeverEchoThePattern() throws IOException {
        String message = parseError("# version: 1\nx\tBAD\tLOW\t秘密の言葉\n");
        assertTrue(!message.contains("秘密"));
    }

    @Test
    public void anEmptyAlternativeIsRejectedAlsoAtTheEndOfAStep() throws IOException {
        String message = parseError("# version: 1\nx\tSELF_HARM\tLOW\t自傷| する\n");
        assertTrue(message, message.contains("line 2") && message.contains("empty alternative"));
    }

    @Test
    public void anEqualsPrefixMarksAnAlternativeAsWrittenOnly() throws IOException {
        Lexicon lexicon = Lexicon.parse("# version: 1\nx\tSUICIDAL_IDEATION\tMEDIUM\t=生きる|いきる たい\n");
        LexiconEntry entry = lexicon.entries().get(0);
        assertEquals(java.util.Set.of("生きる", "いきる"), entry.pattern().get(0));
        assertEquals(java.util.Set.of("生きる"), entry.asWritten());
        assertTrue(parseError("# version: 1\nx\tSELF_HARM\tLOW\t= する\n").contains("empty alternative"));
    }

    @Test
    public void freeTextInAnEnumFieldIsNotEchoed() throws IOException {
        String message = parseError("# version: 1\nx\t秘密の言葉\tLOW\t自傷\n");
        assertTrue(message, message.contains("line 2") && message.contains("category") && !message.contains("秘密"));
    }

    @Test
    public void aGivenVersionOverridesTheHeaderAndTheTextIsKept() {
        String text = "# version: old\nx\tSELF_HARM\tLOW\t自傷\n";
        Lexicon lexicon = Lexicon.parse(text, "new");
        assertEquals("new", lexicon.version());
        assertEquals(text, lexicon.text());
        assertEquals("old", Lexicon.parse(text).version());
    }
}
