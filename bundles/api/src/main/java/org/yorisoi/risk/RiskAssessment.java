package org.yorisoi.risk;

import java.util.List;

/** The highest counted severity of a message, every hit (counted or not) and the lexicon version used. */
public record RiskAssessment(Severity max, List<RiskHit> hits, String lexiconVersion) {
    public RiskAssessment {
        hits = List.copyOf(hits);
    }

    public boolean atRisk() {
        return max.atLeast(Severity.MEDIUM);
    }
}
