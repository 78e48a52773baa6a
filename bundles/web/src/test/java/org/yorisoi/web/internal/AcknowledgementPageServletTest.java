package org.yorisoi.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.emergency.Acknowledgement;
import org.yorisoi.emergency.CaseOrigin;
import org.yorisoi.emergency.CaseService;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.emergency.LeadAlert;
import org.yorisoi.security.Caller;

public class AcknowledgementPageServletTest {

    private static final Instant SENT = Instant.parse("2026-11-24T01:00:00Z");
    private static final Instant ACKNOWLEDGED = Instant.parse("2026-11-24T01:05:00Z");

    private final Notices notices = new Notices();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private AcknowledgementPageServlet servlet;

    /** The acknowledgement side of the case service, in memory: notices by id, each with its token. */
    static final class Notices implements CaseService {
        final Map<String, String> tokens = new HashMap<>();
        final Map<String, Acknowledgement> byId = new HashMap<>();
        final List<String> origins = new ArrayList<>();

        void add(String token, Acknowledgement a) {
            tokens.put(a.noticeId(), token);
            byId.put(a.noticeId(), a);
        }

        private boolean right(String noticeId, String token) {
            return token != null && token.equals(tokens.get(noticeId));
        }

        @Override
        public Optional<Acknowledgement> acknowledgement(String noticeId, String token) {
            return right(noticeId, token) ? Optional.of(byId.get(noticeId)) : Optional.empty();
        }

        @Override
        public Acknowledgement acknowledge(String noticeId, String token, String origin) {
            if (!right(noticeId, token)) {
                throw new IllegalArgumentException("no such notice, or a wrong token");
            }
            origins.add(origin);
            Acknowledgement a = byId.get(noticeId);
            if (a.acknowledgedAt() == null) {
                a = new Acknowledgement(a.noticeId(), a.caseId(), a.contractNameJa(), a.recipientNameJa(),
                        a.emergency(), a.sentAt(), ACKNOWLEDGED);
                byId.put(noticeId, a);
            }
            return a;
        }

        @Override
        public EmergencyCase open(Caller caller, String conversationId, Trigger trigger, CaseOrigin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<EmergencyCase> find(Caller caller, String caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EmergencyCase> cases(Caller caller, String contractId, boolean openOnly) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EmergencyCase> casesOf(Caller caller, String conversationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmergencyCase completeStep(Caller caller, String caseId, int stepIndex, String record) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmergencyCase assignStep(Caller caller, String caseId, int stepIndex, String personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmergencyCase close(Caller caller, String caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LeadAlert> alerts(Caller caller, String contractId, boolean unseenOnly) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LeadAlert alertSeen(Caller caller, String alertId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> timeline(Caller caller, String caseId) {
            throw new UnsupportedOperationException();
        }
    }

    @Before
    public void setUp() throws Exception {
        notices.add("tok-1", new Acknowledgement("n1", "case-7", "京都市", "京都市教育委員会", true, SENT, null));
        notices.add("tok-2", new Acknowledgement("n2", "case-8", "<script>alert(\"x\")</script> & 'co'",
                "<b>宛先</b>", false, SENT, null));
        servlet = new AcknowledgementPageServlet(notices);
        when(response.getOutputStream()).thenReturn(PageServletTest.capture(body));
        when(request.getRemoteAddr()).thenReturn("198.51.100.7");
    }

    private String html() {
        return body.toString(StandardCharsets.UTF_8);
    }

    private void at(String path) {
        when(request.getPathInfo()).thenReturn(path);
    }

    @Test
    public void aGetShowsTheNoticeAndAButtonButNeverAcknowledges() throws Exception {
        at("/n1/tok-1");
        servlet.doGet(request, response);
        verify(response).setStatus(HttpServletResponse.SC_OK);
        String page = html();
        assertTrue(page, page.contains("<html lang=\"ja\">") && page.contains("<meta charset=\"utf-8\">"));
        assertTrue(page.contains("case-7") && page.contains("京都市") && page.contains("京都市教育委員会"));
        assertTrue(page.contains("緊急対応"));
        assertTrue("sent time in JST", page.contains("2026年11月24日 10:00"));
        assertTrue(page.contains("<form method=\"post\">") && page.contains("受領を確認する"));
        assertTrue(notices.origins.isEmpty());
        assertNull(notices.byId.get("n1").acknowledgedAt());
        assertFalse("the token is not in the page", page.contains("tok-1"));
    }

    @Test
    public void aPostAcknowledgesWithTheClientAddressAndConfirms() throws Exception {
        at("/n1/tok-1");
        servlet.doPost(request, response);
        verify(response).setStatus(HttpServletResponse.SC_OK);
        assertEquals(List.of("198.51.100.7"), notices.origins);
        assertNotNull(notices.byId.get("n1").acknowledgedAt());
        assertTrue(html(), html().contains("受領を確認しました（2026年11月24日 10:05）"));
        assertFalse(html().contains("<form"));
    }

    @Test
    public void anAcknowledgedNoticeShowsItsTimeInsteadOfTheButton() throws Exception {
        at("/n1/tok-1");
        notices.acknowledge("n1", "tok-1", "198.51.100.7");
        servlet.doGet(request, response);
        assertTrue(html(), html().contains("受領済み（2026年11月24日 10:05）"));
        assertFalse(html().contains("<form"));
    }

    @Test
    public void aWrongTokenAndAnUnknownNoticeGetTheSameNotFoundPage() throws Exception {
        String first = null;
        for (String path : new String[] {"/n1/tok-2", "/n9/tok-1", "/n1", "/n1/tok-1/extra", "/", null,
            "/n1/" + "x".repeat(AcknowledgementPageServlet.MAX_SEGMENT + 1)}) {
            for (boolean post : new boolean[] {false, true}) {
                HttpServletResponse r = mock(HttpServletResponse.class);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                when(r.getOutputStream()).thenReturn(PageServletTest.capture(b));
                at(path);
                if (post) {
                    servlet.doPost(request, r);
                } else {
                    servlet.doGet(request, r);
                }
                verify(r).setStatus(HttpServletResponse.SC_NOT_FOUND);
                String page = b.toString(StandardCharsets.UTF_8);
                if (first == null) {
                    first = page;
                }
                assertEquals("one answer for " + path, first, page);
            }
        }
        assertTrue(first.contains("このリンクは無効です"));
        assertTrue(notices.origins.isEmpty());
    }

    @Test
    public void everyValueIsEscaped() throws Exception {
        at("/n2/tok-2");
        servlet.doGet(request, response);
        String page = html();
        assertFalse(page, page.contains("<script>") || page.contains("<b>"));
        assertTrue(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"));
        assertTrue(page.contains("&lt;b&gt;宛先&lt;/b&gt;"));
        assertTrue(page.contains("情報提供"));
    }

    @Test
    public void thePageIsSelfContainedUncachedUnframedAndUnreferred() throws Exception {
        at("/n1/tok-1");
        servlet.doGet(request, response);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "no-store");
        verify(response).setHeader("Referrer-Policy", "no-referrer");
        verify(response).setHeader("X-Frame-Options", "DENY");
        verify(response).setHeader("Content-Security-Policy", AcknowledgementPageServlet.CSP);
        assertTrue(AcknowledgementPageServlet.CSP.startsWith("default-src 'none'; style-src 'sha256-"));
        String page = html();
        assertFalse("no script", page.contains("<script"));
        assertFalse("nothing loaded from elsewhere", page.contains("src=") || page.contains("href=")
                || page.contains("<link") || page.contains("url("));
    }

    @Test
    public void withoutTheCaseServiceThePageSaysToTryLater() throws Exception {
        AcknowledgementPageServlet absent = new AcknowledgementPageServlet(null);
        at("/n1/tok-1");
        absent.doGet(request, response);
        verify(response).setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        HttpServletResponse post = mock(HttpServletResponse.class);
        when(post.getOutputStream()).thenReturn(PageServletTest.capture(new ByteArrayOutputStream()));
        absent.doPost(request, post);
        verify(post).setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        assertTrue(html().contains("しばらくしてから"));
    }
}
