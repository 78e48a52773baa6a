package org.yorisoi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.yorisoi.risk.RiskAssessment;
import org.yorisoi.risk.RiskDetector;
import org.yorisoi.risk.Severity;

/** The risk detector inside the distribution: the embedded kuromoji and its dictionaries load under OSGi. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RiskIT extends YorisoiTestSupport {

    private final RiskDetector detector = live(RiskDetector.class);

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Before
    public void platformSettled() throws Exception {
        awaitSettled();
    }

    @Test
    public void suicidalIdeationIsAtRiskButItsNegationIsNot() {
        RiskAssessment ideation = detector.assess("もう死にたい");
        RiskAssessment negated = detector.assess("死にたいなんて思ってない");

        assertTrue(ideation.max().name(), ideation.atRisk());
        assertFalse(negated.max().name(), negated.atRisk());
        assertFalse("the lexicon version is reported", ideation.lexiconVersion().isBlank());
    }

    @Test
    public void idiomIsNotRisk() {
        assertEquals(Severity.NONE, detector.assess("昨日は死ぬほど笑った").max());
    }
}
