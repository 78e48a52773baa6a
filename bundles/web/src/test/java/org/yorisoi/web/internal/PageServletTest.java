package org.yorisoi.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.platform.ContractRegistry;

public class PageServletTest {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private ChatPageServlet chatPage;

    static Contract contract(String id, Channel... channels) {
        ContractInfo info = mock(ContractInfo.class);
        when(info.id()).thenReturn(id);
        when(info.channels()).thenReturn(Set.of(channels));
        Contract c = mock(Contract.class);
        when(c.info()).thenReturn(info);
        return c;
    }

    static ContractRegistry registry(Contract... contracts) {
        return new ContractRegistry() {
            @Override
            public List<Contract> contracts() {
                return List.of(contracts);
            }

            @Override
            public Optional<Contract> find(String id) {
                return contracts().stream().filter(c -> c.info().id().equals(id)).findFirst();
            }
        };
    }

    static ServletOutputStream capture(ByteArrayOutputStream sink) {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Before
    public void setUp() throws Exception {
        when(response.getOutputStream()).thenReturn(capture(body));
        chatPage = new ChatPageServlet(registry(contract("kyoto", Channel.WEB, Channel.LINE), contract("sakai", Channel.APPOINTMENT)));
    }

    private String html() {
        return body.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void servesTheChatPageForADeployedWebChatContract() throws Exception {
        when(request.getPathInfo()).thenReturn("/kyoto");
        chatPage.doGet(request, response);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Content-Security-Policy", Pages.CSP);
        assertTrue(html().contains("id=\"intake-form\""));
        assertTrue(html().contains("/yorisoi-web/chat.js"));
        assertFalse("no inline script", html().matches("(?s).*<script>.*"));
        assertFalse("no inline style", html().contains("<style") || html().contains("style=\""));
    }

    @Test
    public void unknownContractsAndContractsWithoutWebChatAreNotFound() throws Exception {
        for (String path : new String[] {"/nara", "/sakai", "/kyoto/extra", "/", null}) {
            HttpServletResponse r = mock(HttpServletResponse.class);
            when(request.getPathInfo()).thenReturn(path);
            chatPage.doGet(request, r);
            verify(r).sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        assertEquals(0, body.size());
    }

    @Test
    public void theConsoleIsOnePageBehindATrailingSlash() throws Exception {
        ConsolePageServlet console = new ConsolePageServlet();
        when(request.getPathInfo()).thenReturn(null);
        console.doGet(request, response);
        verify(response).sendRedirect("/console/");

        when(request.getPathInfo()).thenReturn("/");
        console.doGet(request, response);
        assertTrue(html().contains("id=\"login-submit\""));
        assertFalse(html().matches("(?s).*<script>.*"));

        HttpServletResponse other = mock(HttpServletResponse.class);
        when(request.getPathInfo()).thenReturn("/secret.txt");
        console.doGet(request, other);
        verify(other).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    public void theLeadsBoardHasItsOwnAddressUnderTheConsole() throws Exception {
        ConsolePageServlet console = new ConsolePageServlet();
        when(request.getPathInfo()).thenReturn("/board");
        console.doGet(request, response);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Content-Security-Policy", Pages.CSP);
        String page = html();
        assertTrue(page.contains("<title>リーダーボード</title>"));
        assertTrue(page.contains("/yorisoi-web/staff.js") && page.contains("/yorisoi-web/board.js"));
        assertFalse("no inline script", page.matches("(?s).*<script>.*"));
        assertFalse("no inline style", page.contains("<style") || page.contains("style=\""));

        HttpServletResponse other = mock(HttpServletResponse.class);
        when(request.getPathInfo()).thenReturn("/board/secret");
        console.doGet(request, other);
        verify(other).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    public void theConsoleLoadsTheSharedStaffScriptFirst() throws Exception {
        when(request.getPathInfo()).thenReturn("/");
        new ConsolePageServlet().doGet(request, response);
        String page = html();
        int shared = page.indexOf("/yorisoi-web/staff.js");
        assertTrue(shared > 0 && shared < page.indexOf("/yorisoi-web/console.js"));
        assertTrue(page.contains("id=\"declare-emergency\"") && page.contains("id=\"confirm-detection\""));
        assertFalse(page.contains("style=\""));
    }
}
