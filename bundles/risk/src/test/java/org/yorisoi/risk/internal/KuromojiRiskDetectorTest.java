package org.yorisoi.risk.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.yorisoi.risk.RiskDetector;
import org.yorisoi.risk.RiskAssessment;
import org.yorisoi.risk.RiskHit;
import org.yorisoi.risk.Severity;

public class KuromojiRiskDetectorTest {
    private static final String SHIPPED_VERSION = "2026-11-23.2";
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
    public void twoEntriesOverTheSameTokensDoNotHideEachOther() {
        // 消えたい matches both the kanji and the split-spelling entry over the same two tokens.
        RiskAssessment assessment = detector.assess("消えたい");
        assertEquals(Severity.MEDIUM, assessment.max());
        assertEquals(1, assessment.hits().size());
    }

    @Test
    public void katakanaContextWordsAreRecognised() {
        // Context word lists are compared with katakana-folded lemmas: アニメ, ドラマ must still mark fiction.
        assertEquals(Severity.NONE, detector.assess("アニメのキャラが消えたいって言ってた").max());
        assertEquals(Severity.NONE, detector.assess("ドラマで主人公が自殺する回").max());
    }

    @Test
    public void kanaAndHalfWidthSpellingsAreFoundByTheirReading() {
        for (String text : new String[] {"しにたい", "シニタイ", "ｼﾆﾀｲ", "きえたい", "キエタイ", "しのうかな", "しにたくなった",
            "じさつ考えてる", "ころしたい", "いなくなりたい", "りすかした"}) {
            assertTrue("sample of length " + text.length(), detector.assess(text).atRisk());
        }
        assertEquals(Severity.HIGH, detector.assess("しぬしかない").max());
        assertEquals(Severity.MEDIUM, detector.assess("おかあさんにしねっていわれる").max());
    }

    @Test
    public void charactersThatNfkcExpandsDoNotBreakTheOffsets() {
        // ﷺ becomes 18 chars under NFKC; the offset map used to be sized for 4.
        String text = "ﷺﷺ死にたい";
        RiskAssessment assessment = detector.assess(text);
        assertEquals(Severity.MEDIUM, assessment.max());
        assertEquals(2, assessment.hits().get(0).start());
        assertEquals(text.length(), assessment.hits().get(0).end());
    }

    @Test
    public void combiningSoundMarksComposeWithTheirKana() {
        assertTrue(detector.assess("し\u3099さつしたい").atRisk()); // じ written as し + combining mark
    }

    @Test
    public void readingHitsPointIntoTheOriginalText() {
        // ｼﾞ is two chars that NFKC makes one; the hit (自殺 する) covers ｼﾞｻﾂｼ in the text as written.
        String text = "もうｼﾞｻﾂｼﾀｲ";
        RiskHit hit = detector.assess(text).hits().get(0);
        assertEquals(2, hit.start());
        assertEquals(text.indexOf('ﾀ'), hit.end());
    }

    @Test
    public void negationWorksInEverySpelling() {
        for (String text : new String[] {"死にたいなんて思ってない", "しにたいなんておもってない", "シニタイナンテオモッテナイ",
            "しにたくない"}) {
            RiskAssessment assessment = detector.assess(text);
            assertEquals("sample of length " + text.length(), Severity.NONE, assessment.max());
            assertTrue(assessment.hits().stream().allMatch(RiskHit::negated));
        }
    }

    @Test
    public void readingsDoNotOverrideWhatKuromojiReadAsAnotherWord() {
        assertEquals(Severity.NONE, detector.assess("学校いきたくない").max()); // 行く, not 生きる
        assertEquals(Severity.NONE, detector.assess("将棋で指したい").max()); // kanji: no reading match (刺す)
        assertEquals(Severity.NONE, detector.assess("いしょに行こう").max()); // いしょ alone is not 遺書
        assertEquals(Severity.NONE, detector.assess("おかしなたいどだった").max()); // しな inside おかしな
        assertEquals(Severity.NONE, detector.assess("しぬほどわらった").max());
    }

    @Test
    public void anAlternativeWrittenWithEqualsIsNotMatchedByItsReading() {
        KuromojiRiskDetector own = new KuromojiRiskDetector(Lexicon.shipped());
        own.useLexicon("t", "a\tSUICIDAL_IDEATION\tMEDIUM\t=消える たい\nb\tSUICIDAL_IDEATION\tMEDIUM\t死ぬ たい\n");
        assertEquals(Severity.MEDIUM, own.assess("消えたい").max());
        assertEquals(Severity.NONE, own.assess("きえたい").max());
        assertEquals(Severity.MEDIUM, own.assess("しにたい").max());
        // The shipped lexicon keeps 生きる as written: いきたくない is mostly 行きたくない.
        assertEquals(Severity.MEDIUM, detector.assess("生きたくない").max());
        assertEquals(Severity.NONE, detector.assess("あしたいきたくないなー").max());
        assertEquals(Severity.NONE, detector.assess("いかないほうがいい").max());
    }

    @Test
    public void aConditionalNegationIsNotADenial() {
        assertEquals(Severity.MEDIUM, detector.assess("自傷しないと落ち着かない").max());
        assertEquals(Severity.NONE, detector.assess("死にたくないと思ってた").max());
    }

    @Test
    public void someoneElseAsTheSubjectIsReported() {
        assertEquals(Severity.LOW, detector.assess("親友がリスカしてるっぽい").max());
        assertEquals(Severity.LOW, detector.assess("彼氏が消えたいってLINEしてきた").max());
        // Another predicate or a comma between: the consulter's own words.
        assertEquals(Severity.MEDIUM, detector.assess("友達がいない、死にたい").max());
        assertEquals(Severity.MEDIUM, detector.assess("友達が無視するから死にたい").max());
        // Not for abuse: violence against a sibling at home is still counted.
        assertEquals(Severity.MEDIUM, detector.assess("弟がお父さんに殴られてる").max());
    }

    @Test
    public void negationAndDesireAreNeverSkippedInsideAPattern() {
        assertEquals(Severity.MEDIUM, detector.assess("夜になると死にたくなります").max()); // not 死にます
        assertEquals(Severity.NONE, detector.assess("死なないようにする").max()); // not 死のう
    }

    @Test
    public void abuseSaidToTheConsulterIsNotReportedSpeech() {
        assertEquals(Severity.HIGH, detector.assess("先輩に裸の写真送れって言われた").max());
        assertEquals(Severity.LOW, detector.assess("友達に死にたいって言われた").max());
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
        assertEquals(SHIPPED_VERSION, detector.assess("こんにちは").lexiconVersion());
    }

    private static final String TEST_LEXICON = "# version: ignored-header\n"
            + "t-die\tSUICIDAL_IDEATION\tMEDIUM\t死ぬ たい\n"
            + "t-word\tSUICIDAL_IDEATION\tHIGH\t宿題\ttest-only word\n";

    @Test
    public void shippedLexiconIsTheResourceTextInForceAtActivation() {
        KuromojiRiskDetector activated = new KuromojiRiskDetector();
        activated.activate();
        RiskDetector.LexiconText shipped = activated.shippedLexicon();
        assertEquals(shipped, activated.lexicon());
        assertEquals(SHIPPED_VERSION, shipped.version());
        assertEquals(Lexicon.shipped().text(), shipped.text());
        assertTrue(shipped.text().startsWith("# version: " + shipped.version()));
        assertEquals(Lexicon.shipped().entries().size(), shipped.entries());
    }

    @Test
    public void installingALexiconChangesAssessmentsAndTheReportedVersion() {
        KuromojiRiskDetector own = new KuromojiRiskDetector(Lexicon.shipped());
        assertEquals(Severity.NONE, own.assess("宿題").max());
        assertTrue(own.assess("自殺").atRisk());

        assertEquals(2, own.useLexicon("2026-11-24.2", TEST_LEXICON));

        RiskAssessment assessment = own.assess("宿題");
        assertEquals(Severity.HIGH, assessment.max());
        assertEquals("2026-11-24.2", assessment.lexiconVersion());
        assertEquals(Severity.NONE, own.assess("自殺").max());
        assertEquals(Severity.MEDIUM, own.assess("死にたい").max());
        RiskDetector.LexiconText inForce = own.lexicon();
        assertEquals(new RiskDetector.LexiconText("2026-11-24.2", TEST_LEXICON, 2), inForce);
        assertEquals(SHIPPED_VERSION, own.shippedLexicon().version());
    }

    @Test
    public void aLexiconWithoutVersionHeaderIsAccepted() {
        KuromojiRiskDetector own = new KuromojiRiskDetector(Lexicon.shipped());
        String text = "t-word\tSELF_HARM\tMEDIUM\t宿題\n";
        assertEquals(1, own.useLexicon("v3", text));
        assertEquals("v3", own.assess("宿題").lexiconVersion());
        assertEquals(text, own.lexicon().text());
    }

    @Test
    public void anInvalidLexiconIsRefusedWithItsLineAndTheOldOneStaysInForce() {
        KuromojiRiskDetector own = new KuromojiRiskDetector(Lexicon.shipped());
        own.useLexicon("2026-11-24.2", TEST_LEXICON);
        String invalid = "# version: x\nok\tSELF_HARM\tLOW\t自傷\n\nbad\tSELF_HARM\tSEVERE\t秘密の言葉\n";
        try {
            own.useLexicon("2026-11-24.3", invalid);
            fail("an invalid lexicon was installed");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("line 4") && e.getMessage().contains("severity"));
            assertTrue(e.getMessage(), e.getMessage().contains("'SEVERE'"));
            assertFalse(e.getMessage(), e.getMessage().contains("秘密"));
        }
        assertEquals("2026-11-24.2", own.lexicon().version());
        assertEquals(TEST_LEXICON, own.lexicon().text());
        assertEquals(Severity.HIGH, own.assess("宿題").max());
        assertEquals("2026-11-24.2", own.assess("宿題").lexiconVersion());
    }

    @Test
    public void anEmptyLexiconOrVersionIsRefused() {
        KuromojiRiskDetector own = new KuromojiRiskDetector(Lexicon.shipped());
        for (String[] call : new String[][] {{"v", "# only a comment\n"}, {" ", TEST_LEXICON}, {"v\nx", TEST_LEXICON}}) {
            try {
                own.useLexicon(call[0], call[1]);
                fail("refusal expected");
            } catch (IllegalArgumentException expected) {
                // the shipped lexicon stays
            }
        }
        assertEquals(SHIPPED_VERSION, own.lexicon().version());
    }
}
