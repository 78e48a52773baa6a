package org.yorisoi.core.internal.roster;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.yorisoi.staff.RosterMark;

public class RosterCsvTest {

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static RosterTable.Line line(RosterMark mark, String... cells) {
        return new RosterTable.Line(mark, List.of(cells));
    }

    @Test
    public void startsWithTheUtf8ByteOrderMarkForExcel() {
        byte[] csv = RosterCsv.write(RosterTable.HEADER, List.of());

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    public void theHeaderIsJapaneseWithEnglishAndNamesTheChangeColumnFirst() {
        String header = text(RosterCsv.write(RosterTable.HEADER, List.of())).split("\r\n")[0];

        assertTrue(header, header.startsWith("前回提出からの変更 (changed since last submission),氏名 (name),ログインID (login),"));
        assertEquals(8, header.split(",").length);
    }

    @Test
    public void recordsEndInCrlfAndPlainFieldsAreNotQuoted() {
        String text = text(RosterCsv.write(List.of("a", "b"), List.of(line(RosterMark.NEW, "新規 (new)", "田中 京子"))));

        assertEquals("a,b\r\n新規 (new),田中 京子\r\n", text);
    }

    @Test
    public void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        String text = text(RosterCsv.write(List.of("x"), List.of(
                line(RosterMark.NEW, "山田, 花子"), line(RosterMark.NEW, "「あだ名」\"はな\""),
                line(RosterMark.NEW, "公認心理師\n社会福祉士"))));

        assertEquals("x\r\n\"山田, 花子\"\r\n\"「あだ名」\"\"はな\"\"\"\r\n\"公認心理師\n社会福祉士\"\r\n", text);
    }

    @Test
    public void aCellExcelWouldTakeForAFormulaStaysText() {
        assertEquals("'=1+2", RosterCsv.field("=1+2"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", RosterCsv.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+81", RosterCsv.field("+81"));
        assertEquals("'-1", RosterCsv.field("-1"));
        assertEquals("'@sum", RosterCsv.field("@sum"));
        assertEquals("a=b", RosterCsv.field("a=b"));
        assertEquals("", RosterCsv.field(""));
    }

    @Test
    public void japaneseSurvivesTheRoundTrip() {
        byte[] csv = RosterCsv.write(List.of("氏名 (name)"), List.of(line(RosterMark.UNCHANGED, "髙橋 𠮷子")));

        assertTrue(text(csv).contains("髙橋 𠮷子"));
    }
}
