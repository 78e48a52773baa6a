package org.yorisoi.core.internal.risk;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;


import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.core.internal.chat.ChatFixture;
import org.yorisoi.risk.LexiconVersion;
import org.yorisoi.risk.RiskDetector;
import org.yorisoi.risk.Severity;
import org.yorisoi.risk.internal.KuromojiRiskDetector;
import org.yorisoi.risk.internal.Lexicon;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;

/** The lexicon as data: a lead publishes a version, it is in force at once and after a restart, and audited. */
public class JpaLexiconStoreTest {

    /** A word no shipped entry knows, so only the published version can find it. */
    private static final String MESSAGE = "もう全部ポイズンしたい";
    private static final String EXTRA_ENTRY = "test-poison\tSELF_HARM\tHIGH\tポイズン\tinvented word for the test\n";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ChatFixture f;
    private RiskDetector detector;
    private JpaLexiconStore store;
    private Caller lead;
    private Caller counselor;

    @Before
    public void setUp() throws Exception {
        f = new ChatFixture(folder.getRoot().toPath(), 1);
        detector = new KuromojiRiskDetector(Lexicon.shipped());
        store = new JpaLexiconStore(f.jpa, detector, f.clock, f.audit, true);
        lead = f.person("l1", Role.LEAD);
        counselor = f.person("c1", Role.COUNSELOR);
    }

    @After
    public void tearDown() {
        f.close();
    }

    private String extended() {
        return detector.shippedLexicon().text() + EXTRA_ENTRY;
    }

    @Test
    public void aPublishedVersionIsInForceAtOnceAndAudited() {
        assertEquals(Severity.NONE, detector.assess(MESSAGE).max());
        LexiconVersion published = store.publish(lead, extended(), "added an invented word");
        assertEquals(Severity.HIGH, detector.assess(MESSAGE).max());
        assertEquals(published.version(), detector.assess(MESSAGE).lexiconVersion());
        assertEquals("2025-07-17.1", published.version());
        assertEquals(detector.shippedLexicon().entries() + 1, published.entries());
        assertTrue(f.audit.snapshot().stream().anyMatch(e -> AuditActions.LEXICON_PUBLISHED.equals(e.action())
                && published.version().equals(e.target())));
        assertEquals(published.version(), store.history().get(0).version());
        assertEquals("shipped", store.history().get(store.history().size() - 1).author());
        assertEquals(extended(), store.text(published.version()).orElseThrow().text());
    }

    @Test
    public void theNewestVersionIsInForceAgainAfterARestart() {
        LexiconVersion published = store.publish(lead, extended(), null);
        RiskDetector restarted = new KuromojiRiskDetector(Lexicon.shipped());
        new JpaLexiconStore(f.jpa, restarted, f.clock, f.audit, true);
        assertEquals(published.version(), restarted.lexicon().version());
        assertEquals(Severity.HIGH, restarted.assess(MESSAGE).max());
    }

    @Test
    public void anInvalidLexiconIsRefusedNamingTheLineAndTheOldOneStays() {
        String before = detector.lexicon().version();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> store.publish(lead, detector.shippedLexicon().text() + "broken\tNOT_A_CATEGORY\tHIGH\tx\n", null));
        assertTrue(refused.getMessage(), refused.getMessage().contains("line"));
        assertEquals(before, detector.lexicon().version());
        assertEquals(1, store.history().size());
    }

    @Test
    public void onlyALeadPublishes() {
        assertThrows(AccessDeniedException.class, () -> store.publish(counselor, extended(), null));
        assertEquals(1, store.history().size());
    }

    @Test
    public void versionsOfOneDayAreNumbered() {
        store.publish(lead, extended(), null);
        LexiconVersion second = store.publish(lead, detector.shippedLexicon().text(), "reverted");
        assertEquals("2025-07-17.2", second.version());
        assertEquals(Severity.NONE, detector.assess(MESSAGE).max());
    }
}
