package org.yorisoi.risk.internal;

import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.Test;
import org.yorisoi.risk.Severity;

/**
 * Precision and recall of the shipped lexicon on the labelled set. Prints counts only: the sentences
 * stay in the resource file and never reach the build log.
 */
public class DetectorEvaluationTest {
    // Floors are the figures measured on the 341-sentence set with lexicon 2026-11-23.2, rounded down to two
    // decimals: a regression fails the build. Raise them with the detector; never lower them to pass.
    private static final double AT_RISK_PRECISION_FLOOR = 0.95;
    private static final double AT_RISK_RECALL_FLOOR = 0.98;
    private static final double HIGH_PRECISION_FLOOR = 0.94;
    private static final double HIGH_RECALL_FLOOR = 0.98;

    private record Labelled(Severity expected, String text) {
    }

    @Test
    public void atRiskAndHighPrecisionAndRecallMeetTheFloors() throws IOException {
        List<Labelled> set = load();
        KuromojiRiskDetector detector = new KuromojiRiskDetector(Lexicon.shipped());
        int[][] confusion = new int[4][4];
        for (Labelled labelled : set) {
            Severity actual = detector.assess(labelled.text).max();
            confusion[labelled.expected.ordinal()][actual.ordinal()]++;
        }
        double[] atRisk = precisionRecall(confusion, Severity.MEDIUM);
        double[] high = precisionRecall(confusion, Severity.HIGH);
        long negatives = set.stream().filter(l -> l.expected == Severity.NONE).count();
        StringBuilder report = new StringBuilder();
        report.append("labelled sentences: ").append(set.size()).append(" (expected NONE: ").append(negatives).append(")\n");
        report.append(String.format(Locale.ROOT, "at risk (>= MEDIUM): precision %.3f recall %.3f%n", atRisk[0], atRisk[1]));
        report.append(String.format(Locale.ROOT, "HIGH:                precision %.3f recall %.3f%n", high[0], high[1]));
        report.append("confusion (rows expected, columns detected): NONE LOW MEDIUM HIGH\n");
        for (Severity expected : Severity.values()) {
            report.append(String.format(Locale.ROOT, "%-7s", expected));
            for (Severity actual : Severity.values()) {
                report.append(String.format(Locale.ROOT, "%6d", confusion[expected.ordinal()][actual.ordinal()]));
            }
            report.append('\n');
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "risk-evaluation.txt"), report, StandardCharsets.UTF_8);
        assertTrue("at-risk precision below floor", atRisk[0] >= AT_RISK_PRECISION_FLOOR);
        assertTrue("at-risk recall below floor", atRisk[1] >= AT_RISK_RECALL_FLOOR);
        assertTrue("HIGH precision below floor", high[0] >= HIGH_PRECISION_FLOOR);
        assertTrue("HIGH recall below floor", high[1] >= HIGH_RECALL_FLOOR);
    }

    /** Positive class: severity at least {@code threshold}. */
    private static double[] precisionRecall(int[][] confusion, Severity threshold) {
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        for (Severity expected : Severity.values()) {
            for (Severity actual : Severity.values()) {
                int count = confusion[expected.ordinal()][actual.ordinal()];
                boolean expectedPositive = expected.atLeast(threshold);
                boolean detectedPositive = actual.atLeast(threshold);
                if (expectedPositive && detectedPositive) {
                    truePositive += count;
                } else if (detectedPositive) {
                    falsePositive += count;
                } else if (expectedPositive) {
                    falseNegative += count;
                }
            }
        }
        return new double[] {truePositive / (double) Math.max(1, truePositive + falsePositive),
                truePositive / (double) Math.max(1, truePositive + falseNegative)};
    }

    private static List<Labelled> load() throws IOException {
        List<Labelled> set = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                DetectorEvaluationTest.class.getResourceAsStream("/risk-labelled.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                set.add(new Labelled(Severity.valueOf(fields[0]), fields[2]));
            }
        }
        return set;
    }
}
