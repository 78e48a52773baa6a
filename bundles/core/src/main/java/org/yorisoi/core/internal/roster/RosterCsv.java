package org.yorisoi.core.internal.roster;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The roster table as CSV that Excel opens correctly: UTF-8 with a byte order mark, RFC 4180. Pure. */
final class RosterCsv {

    /** Without it, Excel reads the file as Shift_JIS and the Japanese comes out garbled. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String CRLF = "\r\n";

    private RosterCsv() {
    }

    static byte[] write(List<String> header, List<RosterTable.Line> lines) {
        StringBuilder text = new StringBuilder();
        record(text, header);
        for (RosterTable.Line line : lines) {
            record(text, line.cells());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void record(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(cells.get(i)));
        }
        text.append(CRLF);
    }

    /** RFC 4180 2.6/2.7: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String field(String value) {
        String v = defused(value == null ? "" : value);
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\r') < 0 && v.indexOf('\n') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /**
     * Excel evaluates a cell starting with = + - @ (or a tab or CR before them) as a formula; a name or note typed
     * into the directory must not run as one on a municipal officer's PC. An apostrophe keeps it text.
     */
    static String defused(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
