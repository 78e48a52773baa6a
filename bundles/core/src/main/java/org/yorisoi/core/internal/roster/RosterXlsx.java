package org.yorisoi.core.internal.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.yorisoi.staff.RosterMark;

/**
 * The roster table as a minimal Office Open XML workbook (ECMA-376 SpreadsheetML), written with the JDK alone: a
 * spreadsheet library would be a heavy extra bundle for one sheet of text. Cells are inline strings, so nothing
 * typed into the directory can become a formula. Pure.
 */
final class RosterXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET_NAME = "従事者名簿";

    /** Excel refuses longer cell texts. */
    static final int MAX_CELL = 32_767;

    // cellXfs indices in styles.xml
    static final int STYLE_HEADER = 1;
    static final int STYLE_BODY = 2;
    static final int STYLE_HIGHLIGHT = 3;
    static final int STYLE_REMOVED = 4;

    /** Light yellow: new and changed rows stand out on screen and on a grey-scale print. */
    static final String HIGHLIGHT_RGB = "FFFFF2CC";
    static final String REMOVED_RGB = "FFEDEDED";
    static final String HEADER_RGB = "FFD9E1F2";

    /** Column widths in characters of the default font; a full-width character takes two. */
    private static final int[] WIDTHS = {14, 18, 14, 30, 34, 34, 28, 44};
    /** Points per text line at 11 pt, with some leading. */
    static final double LINE_HEIGHT = 18.0;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private RosterXlsx() {
    }

    /**
     * @param header the header row
     * @param lines the rows
     * @param modified the time stamped on the zip entries (Tokyo local time)
     */
    static byte[] write(List<String> header, List<RosterTable.Line> lines, LocalDateTime modified) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes(), modified);
            entry(zip, "_rels/.rels", rootRelationships(), modified);
            entry(zip, "xl/workbook.xml", workbook(), modified);
            entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(), modified);
            entry(zip, "xl/styles.xml", styles(), modified);
            entry(zip, "xl/worksheets/sheet1.xml", sheet(header, lines), modified);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml, LocalDateTime modified) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(modified);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String contentTypes() {
        return XML_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>";
    }

    static String rootRelationships() {
        return XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>";
    }

    static String workbook() {
        String quotedName = "'" + SHEET_NAME.replace("'", "''") + "'";
        return XML_DECL + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<sheets><sheet name=\"" + escape(SHEET_NAME) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                // the header row is printed again on every page of a long roster
                + "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
                + escape(quotedName) + "!$1:$1</definedName></definedNames>"
                + "</workbook>";
    }

    static String workbookRelationships() {
        return XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>";
    }

    static String styles() {
        String font = "<sz val=\"11\"/><name val=\"游ゴシック\"/><family val=\"3\"/><charset val=\"128\"/>";
        String border = "<border><left style=\"thin\"><color rgb=\"FFBFBFBF\"/></left><right style=\"thin\"><color rgb=\"FFBFBFBF\"/></right>"
                + "<top style=\"thin\"><color rgb=\"FFBFBFBF\"/></top><bottom style=\"thin\"><color rgb=\"FFBFBFBF\"/></bottom><diagonal/></border>";
        String wrap = "<alignment vertical=\"top\" wrapText=\"1\"/>";
        return XML_DECL + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<fonts count=\"3\">"
                + "<font>" + font + "</font>"
                + "<font><b/>" + font + "</font>"
                + "<font><strike/><color rgb=\"FF7F7F7F\"/>" + font + "</font>"
                + "</fonts>"
                + "<fills count=\"5\">"
                + "<fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill>"
                + solid(HEADER_RGB) + solid(HIGHLIGHT_RGB) + solid(REMOVED_RGB)
                + "</fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>" + border + "</borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + xf(1, 2, wrap) + xf(0, 0, wrap) + xf(0, 3, wrap) + xf(2, 4, wrap)
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static String solid(String rgb) {
        return "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + rgb + "\"/><bgColor indexed=\"64\"/></patternFill></fill>";
    }

    private static String xf(int font, int fill, String alignment) {
        return "<xf numFmtId=\"0\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"1\" xfId=\"0\""
                + " applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">" + alignment + "</xf>";
    }

    static String sheet(List<String> header, List<RosterTable.Line> lines) {
        int columns = header.size();
        StringBuilder x = new StringBuilder(XML_DECL);
        x.append("<worksheet xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">");
        // printed: all columns on the width of one page, as many pages down as needed
        x.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        x.append("<dimension ref=\"A1:").append(column(columns - 1)).append(lines.size() + 1).append("\"/>");
        x.append("<sheetViews><sheetView workbookViewId=\"0\">")
                .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("</sheetView></sheetViews>");
        x.append("<sheetFormatPr defaultRowHeight=\"18\"/>");
        x.append("<cols>");
        for (int c = 0; c < columns; c++) {
            int width = c < WIDTHS.length ? WIDTHS[c] : 20;
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(width)
                    .append("\" customWidth=\"1\"/>");
        }
        x.append("</cols><sheetData>");
        row(x, 1, header, STYLE_HEADER);
        int r = 2;
        for (RosterTable.Line line : lines) {
            row(x, r++, line.cells(), style(line.mark()));
        }
        x.append("</sheetData>");
        x.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        // A4 landscape: eight wide columns
        x.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        x.append("</worksheet>");
        return x.toString();
    }

    static int style(RosterMark mark) {
        return switch (mark) {
            case NEW, CHANGED -> STYLE_HIGHLIGHT;
            case REMOVED -> STYLE_REMOVED;
            case UNCHANGED -> STYLE_BODY;
        };
    }

    private static void row(StringBuilder x, int r, List<String> cells, int style) {
        // an explicit height: not every reader fits a row to its wrapped text
        x.append("<row r=\"").append(r).append("\" ht=\"").append(height(cells)).append("\" customHeight=\"1\">");
        for (int c = 0; c < cells.size(); c++) {
            String ref = column(c) + r;
            String text = cells.get(c) == null ? "" : cells.get(c);
            if (text.isEmpty()) {
                // still written: the row's fill and borders run across the whole line
                x.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"/>");
            } else {
                x.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(escape(cut(text))).append("</t></is></c>");
            }
        }
        x.append("</row>");
    }

    /** The row height in points that shows every line of its tallest cell, wrapped at the column's width. */
    static double height(List<String> cells) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c) == null ? "" : cells.get(c);
            int width = c < WIDTHS.length ? WIDTHS[c] : 20;
            int cellLines = 0;
            for (String line : text.split("\\R", -1)) {
                cellLines += Math.max(1, (displayWidth(line) + width - 1) / width);
            }
            lines = Math.max(lines, cellLines);
        }
        return lines * LINE_HEIGHT;
    }

    /** Width in character cells: CJK and other wide characters take two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += wide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    }

    /** Column letters: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    private static String cut(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        if (lf.length() <= MAX_CELL) {
            return lf;
        }
        int end = MAX_CELL - 1;
        if (Character.isHighSurrogate(lf.charAt(end - 1))) {
            end--;
        }
        return lf.substring(0, end) + "…";
    }

    /**
     * XML text and attribute escaping; characters XML 1.0 does not allow (most control characters, lone
     * surrogates, U+FFFE/U+FFFF) are dropped, as Excel would refuse the whole file for one of them.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(ch).append(text.charAt(++i));
                    } else if (allowed(ch)) {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean allowed(char ch) {
        return ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
    }
}
