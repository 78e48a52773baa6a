package org.yorisoi.core.internal.roster;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRemoval;
import org.yorisoi.staff.RosterRow;
import org.yorisoi.staff.RosterSheet;

/** Opens the written workbook the way a reader does: unzip, parse every part, follow the styles. */
public class RosterXlsxTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final LocalDateTime STAMP = LocalDateTime.parse("2025-06-02T18:30:00");

    private Map<String, Document> parts;

    private static RosterRow row(String id, String name, RosterMark mark) {
        return new RosterRow(id, id, name,
                List.of(new RoleGrant(id, "kyoto", Role.COUNSELOR, LocalDate.parse("2025-04-01"), null)),
                List.of(new QualificationRecord(id, Qualification.CERTIFIED_PSYCHOLOGIST, "12345", "確認者",
                        Instant.parse("2025-03-01T00:00:00Z")),
                        new QualificationRecord(id, Qualification.CERTIFIED_SOCIAL_WORKER, null, "確認者",
                                Instant.parse("2025-03-01T00:00:00Z"))),
                List.of(new ExperienceRecord(id, ExperienceKind.COUNSELING_CHAT_SNS, 18, "A市 SNS相談")),
                List.of(), List.of(), "0".repeat(64), mark);
    }

    static byte[] workbook() {
        RosterSheet sheet = new RosterSheet("kyoto", "京都テスト", LocalDate.parse("2025-06-02"),
                Instant.parse("2025-06-02T09:30:00Z"), null,
                List.of(row("new.one", "新人 <一郎> & 仲間\u0001", RosterMark.NEW),
                        row("same.one", "変わらず 花子", RosterMark.UNCHANGED),
                        row("changed.one", "変更 次郎", RosterMark.CHANGED)),
                List.of(new RosterRemoval("gone", "gone.one", "退職 三郎")));
        return RosterXlsx.write(RosterTable.HEADER, RosterTable.lines(sheet), STAMP);
    }

    @Before
    public void open() throws Exception {
        parts = new LinkedHashMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                // every part must be well-formed XML: one bad character and Excel refuses the whole file
                parts.put(e.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private Map<String, Element> cells() {
        Map<String, Element> cells = new HashMap<>();
        for (Element c : elements(parts.get("xl/worksheets/sheet1.xml"), "c")) {
            cells.put(c.getAttribute("r"), c);
        }
        return cells;
    }

    private String text(String ref) {
        Element c = cells().get(ref);
        assertNotNull(ref, c);
        NodeList t = c.getElementsByTagNameNS(MAIN, "t");
        return t.getLength() == 0 ? "" : t.item(0).getTextContent();
    }

    private int style(String ref) {
        return Integer.parseInt(cells().get(ref).getAttribute("s"));
    }

    /** The fill colour of a cell style, or null for none. */
    private String fill(int style) {
        Document styles = parts.get("xl/styles.xml");
        Element xf = elements((Element) styles.getElementsByTagNameNS(MAIN, "cellXfs").item(0), "xf").get(style);
        Element fill = elements((Element) styles.getElementsByTagNameNS(MAIN, "fills").item(0), "fill")
                .get(Integer.parseInt(xf.getAttribute("fillId")));
        Element pattern = (Element) fill.getElementsByTagNameNS(MAIN, "patternFill").item(0);
        if (!"solid".equals(pattern.getAttribute("patternType"))) {
            return null;
        }
        return ((Element) pattern.getElementsByTagNameNS(MAIN, "fgColor").item(0)).getAttribute("rgb");
    }

    private Element font(int style) {
        Document styles = parts.get("xl/styles.xml");
        Element xf = elements((Element) styles.getElementsByTagNameNS(MAIN, "cellXfs").item(0), "xf").get(style);
        return elements((Element) styles.getElementsByTagNameNS(MAIN, "fonts").item(0), "font")
                .get(Integer.parseInt(xf.getAttribute("fontId")));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(MAIN, name);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i))
                .filter(e -> e.getParentNode() == parent).toList();
    }

    @Test
    public void hasThePartsOfAWorkbookEachWithItsContentType() {
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"), List.copyOf(parts.keySet()));
        Map<String, String> overrides = new HashMap<>();
        for (Element o : elements(parts.get("[Content_Types].xml"), "Override")) {
            overrides.put(o.getAttribute("PartName"), o.getAttribute("ContentType"));
        }
        assertTrue(overrides.get("/xl/workbook.xml").endsWith("spreadsheetml.sheet.main+xml"));
        assertTrue(overrides.get("/xl/worksheets/sheet1.xml").endsWith("spreadsheetml.worksheet+xml"));
        assertTrue(overrides.get("/xl/styles.xml").endsWith("spreadsheetml.styles+xml"));
        assertEquals(RosterXlsx.SHEET_NAME, elements(parts.get("xl/workbook.xml"), "sheet").get(0).getAttribute("name"));
    }

    @Test
    public void theHeaderRowIsTheJapaneseHeaderInBold() {
        for (int c = 0; c < RosterTable.HEADER.size(); c++) {
            assertEquals(RosterTable.HEADER.get(c), text(RosterXlsx.column(c) + "1"));
        }
        assertEquals(1, font(style("A1")).getElementsByTagNameNS(MAIN, "b").getLength());
        assertEquals("frozen", elements(parts.get("xl/worksheets/sheet1.xml"), "pane").get(0).getAttribute("state"));
    }

    @Test
    public void newAndChangedRowsAreHighlightedAcrossTheWholeRow() {
        assertEquals("新規 (new)", text("A2"));
        assertEquals("変更 (changed)", text("A4"));
        for (String column : List.of("A", "B", "G", "H")) {
            assertEquals(RosterXlsx.HIGHLIGHT_RGB, fill(style(column + "2")));
            assertEquals(RosterXlsx.HIGHLIGHT_RGB, fill(style(column + "4")));
            assertEquals(null, fill(style(column + "3")));
        }
        assertEquals("変更なし (unchanged)", text("A3"));
    }

    @Test
    public void removedPersonsComeLastStruckThrough() {
        assertEquals("削除 (removed)", text("A5"));
        assertEquals("退職 三郎", text("B5"));
        assertEquals("gone.one", text("C5"));
        assertEquals("", text("D5"));
        assertEquals(1, font(style("B5")).getElementsByTagNameNS(MAIN, "strike").getLength());
        assertEquals(RosterXlsx.REMOVED_RGB, fill(style("B5")));
        assertEquals("A1:H5", elements(parts.get("xl/worksheets/sheet1.xml"), "dimension").get(0).getAttribute("ref"));
    }

    @Test
    public void markupInNamesIsEscapedAndCharactersXmlForbidsAreDropped() {
        assertEquals("新人 <一郎> & 仲間", text("B2"));
    }

    @Test
    public void severalValuesInACellAreSeparateLines() {
        assertEquals("公認心理師（登録番号 12345）\n社会福祉士", text("E2"));
        assertEquals("チャット・SNS相談 1年6か月（A市 SNS相談）", text("F2"));
        assertEquals("相談員 (COUNSELOR) 2025-04-01〜", text("D2"));
    }

    @Test
    public void rowsAreTallEnoughForEveryLineOfTheirTallestCell() {
        assertEquals(RosterXlsx.LINE_HEIGHT, RosterXlsx.height(List.of("a", "b")), 0.0);
        assertEquals(2 * RosterXlsx.LINE_HEIGHT, RosterXlsx.height(List.of("a", "b", "c", "d", "公認心理師\n社会福祉士")), 0.0);
        // column B is 18 characters wide: ten full-width characters need two lines
        assertEquals(2 * RosterXlsx.LINE_HEIGHT, RosterXlsx.height(List.of("", "あいうえおかきくけこ")), 0.0);
        assertEquals(6, RosterXlsx.displayWidth("田中ab"));
        Element row4 = elements(parts.get("xl/worksheets/sheet1.xml"), "row").get(3);
        assertEquals("1", row4.getAttribute("customHeight"));
    }

    @Test
    public void theSameRosterGivesTheSameBytes() {
        assertArrayEquals(workbook(), workbook());
    }

    @Test
    public void columnLettersGoPastZ() {
        assertEquals("A", RosterXlsx.column(0));
        assertEquals("Z", RosterXlsx.column(25));
        assertEquals("AA", RosterXlsx.column(26));
        assertEquals("AZ", RosterXlsx.column(51));
        assertEquals("BA", RosterXlsx.column(52));
    }

    @Test
    public void escapingKeepsSupplementaryCharactersAndDropsLoneSurrogates() throws IOException {
        assertEquals("𠮷&amp;", RosterXlsx.escape("𠮷&"));
        assertEquals("ab", RosterXlsx.escape("a\uD842b"));
        assertEquals("a\nb\tc", RosterXlsx.escape("a\nb\tc\u0000"));
    }
}
