package org.yorisoi.risk.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.yorisoi.risk.RiskAssessment;
import org.yorisoi.risk.RiskHit;
import org.yorisoi.risk.Severity;

public class KuromojiRiskDetectorTest {
    private final KuromojiRiskDetector detector = new KuromojiRiskDetector(Lexicon.shipped());

    @Test
    public void negatedIdeationIsRecordedButNotCounted() {
        RiskAssessment assessment = detector.assess("死にたいなんて思ってない");
        assertEquals(Severity.NONE, assessment.max());
        assertTrue(assessment.hits().stream().allMatch(RiskHit::negated));
        assertFalse(assessment.hits().isEmpty());
    }

    @Test
    public void plainIdeationIsAtRisk() {
        assertTrue(detector.assess("もう死にたい").atRisk());
    }

    @Test
    public void inflectionsOfTheSameLemmaMatch() {
        for (String text : new String[] {"死にたい", "死にたくて", "死にたかった"}) {
            assertEquals("sample " + text.length(), Severity.MEDIUM, detector.assess(text).max());
        }
    }

    @Test
    public void reportedSpeechIsShownOneLevelLower() {
        RiskAssessment assessment = detector.assess("友だちが「死にたい」って言ってた");
        assertEquals(Severity.LOW, assessment.max());
        assertTrue(assessment.hits().stream().anyMatch(RiskHit::reported));
    }

    @Test
    public void idiomsAreNotRisk() {
        assertEquals(Severity.NONE, detector.assess("死ぬほど笑った").max());
        assertEquals(Severity.NONE, detector.assess("死ぬほど眠い").max());
        assertEquals(Severity.NONE, detector.assess("ゲームで殺された").max());
    }

    @Test
    public void imminenceBoosterRaisesToHigh() {
        assertEquals(Severity.HIGH, detector.assess("今夜死にたい").max());
    }

    @Test
    public void hitsPointIntoTheOriginalTextAndDoNotCarryIt() {
        String text = "ねえ、死にたい";
        RiskHit hit = detector.assess(text).hits().get(0);
        assertEquals(3, hit.start());
        assertEquals(text.length(), hit.end());
        assertFalse(hit.toString().contains("死に"));
    }

    @Test
    public void assessmentCarriesTheLexiconVersion() {
        assertEquals("2026-11-23.1", detector.assess("こんにちは").lexiconVersion());
    }
}
