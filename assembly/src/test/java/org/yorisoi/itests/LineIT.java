package org.yorisoi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;
import javax.net.ssl.HttpsURLConnection;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The LINE round trip against the booted distribution: a webhook signed with Kyoto's channel secret comes in over
 * HTTPS, the message is stored, and the reply goes out to a local server speaking the Messaging API's wire format;
 * a tampered signature is refused and audited.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LineIT extends YorisoiTestSupport {

    static final String SECRET = "kyoto-it-channel-secret";
    static final String TOKEN = "kyoto-it-channel-access-token";
    static final String WEBHOOK = "https://localhost:" + HTTPS_PORT + "/line/kyoto/webhook";
    /** Inside Kyoto's term (2023-07-14..2024-03-31) and outside its hours (17-22): an automatic reply is due. */
    static final String OUT_OF_HOURS = "2023-10-11T10:00:00+09:00";

    /** One fake LINE API for the whole container: Pax Exam runs @AfterClass after every method. */
    private static FakeLine line;

    @Inject
    private BundleContext bundleContext;

    private ChatService chat;

    private AuditLog audit;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Before
    public void kyotoLineAccountPointsAtTheFakeLineApi() throws Exception {
        awaitSettled();
        chat = service(ChatService.class);
        audit = service(AuditLog.class);
        if (line == null) {
            line = new FakeLine();
            org.osgi.service.cm.Configuration c = configAdmin.createFactoryConfiguration("org.yorisoi.line", "?");
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("contract", "kyoto");
            props.put("channelSecret", SECRET);
            props.put("channelAccessToken", TOKEN);
            props.put("apiBase", line.base());
            c.update(props);
        }
        // LINE's own "verify" call: a signed body without events, answered 200 once the account is connected
        byte[] empty = "{\"destination\":\"Uxxxxxxxx\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);
        await("the LINE webhook of kyoto connected", Duration.ofSeconds(60), () -> {
            try {
                return post(WEBHOOK, empty, sign(SECRET, empty)).status == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    public void signedTextMessageIsStoredAndAnsweredWithTheReplyToken() throws Exception {
        String userId = "U" + UUID.randomUUID().toString().replace("-", "");
        String messageId = Long.toString(System.nanoTime());
        String replyToken = UUID.randomUUID().toString().replace("-", "");
        setClock(OUT_OF_HOURS);
        try {
            byte[] body = textEvent(userId, messageId, replyToken, "学校に行くのがつらいです", false);
            Response r = post(WEBHOOK, body, sign(SECRET, body));
            assertEquals(r.toString(), 200, r.status);

            await("a reply call with the event's reply token", Duration.ofSeconds(20),
                    () -> line.calls.stream().anyMatch(c -> c.path.equals("/v2/bot/message/reply")
                            && replyToken.equals(c.body.path("replyToken").asText())));
            FakeLine.Call reply = line.calls.stream().filter(c -> replyToken.equals(c.body.path("replyToken").asText()))
                    .findFirst().orElseThrow();
            assertEquals("Bearer " + TOKEN, reply.headers.get("authorization"));
            JsonNode first = reply.body.path("messages").get(0);
            assertEquals("text", first.path("type").asText());
            assertTrue("a Japanese text: " + first, isJapanese(first.path("text").asText()));

            // LINE redelivers the same event when it missed our 200: stored once only
            byte[] again = textEvent(userId, messageId, null, "学校に行くのがつらいです", true);
            assertEquals(200, post(WEBHOOK, again, sign(SECRET, again)).status);

            Conversation conversation = chat.conversationOf("kyoto", Channel.LINE, userId, Map.of());
            List<ChatEvent> stored = chat.events(conversation.id(), 0, false).stream()
                    .filter(e -> e.kind() == ChatEvent.Kind.MESSAGE && e.message() != null
                            && e.message().sender() == Sender.CLIENT)
                    .toList();
            assertEquals(1, stored.size());
            assertEquals("学校に行くのがつらいです", stored.get(0).message().text());
        } finally {
            setClock("");
        }
    }

    @Test
    public void tamperedSignatureIsRefusedWith401AndAudited() throws Exception {
        byte[] body = textEvent("Utampered", "1", "token", "こんにちは", false);
        String signature = sign(SECRET, body);
        byte[] tampered = textEvent("Utampered", "1", "token", "こんばんは", false);
        int before = refusals().size();

        Response r = post(WEBHOOK, tampered, signature);

        assertEquals(r.toString(), 401, r.status);
        List<AuditEntry> refusals = refusals();
        assertTrue(refusals.size() > before);
        AuditEntry newest = refusals.get(0);
        assertEquals("line", newest.actor());
        assertEquals("kyoto", newest.contractId());
        assertEquals(AuditEvent.Outcome.DENIED, newest.outcome());
        assertEquals("signature mismatch", newest.detail());
        assertTrue("no body in the audit", !String.valueOf(newest.detail()).contains("こんばんは"));
    }

    @Test
    public void missingSignatureIsRefusedWith401() throws Exception {
        byte[] body = textEvent("Unosig", "2", "token", "こんにちは", false);
        assertEquals(401, post(WEBHOOK, body, null).status);
    }

    @Test
    public void unknownContractIsRefusedWith404() throws Exception {
        byte[] body = textEvent("Uunknown", "3", "token", "こんにちは", false);
        assertEquals(404, post("https://localhost:" + HTTPS_PORT + "/line/no-such-city/webhook", body,
                sign(SECRET, body)).status);
    }

    /**
     * Looked up after the API answers rather than injected: injection can meet a database-backed component while
     * it is still activating at boot, and SCR then refuses it once without the tracker trying again.
     */
    private <T> T service(Class<T> type) throws InterruptedException {
        Object[] found = new Object[1];
        await(type.getSimpleName() + " available", Duration.ofSeconds(120), () -> {
            ServiceReference<T> ref = bundleContext.getServiceReference(type);
            try {
                found[0] = ref == null ? null : bundleContext.getService(ref);
            } catch (RuntimeException e) {
                found[0] = null;
            }
            return found[0] != null;
        });
        return type.cast(found[0]);
    }

    private List<AuditEntry> refusals() {
        return audit.search(new AuditQuery("line", "kyoto", "webhook-refused", null, null, 1000));
    }

    private void setClock(String startAt) throws IOException {
        org.osgi.service.cm.Configuration c = configAdmin.getConfiguration("org.yorisoi.clock", null);
        Dictionary<String, Object> props = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        props.put("startAt", startAt);
        c.update(props);
    }

    private static boolean isJapanese(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.HAN;
        });
    }

    /** A webhook body with one text message event from a user, as LINE sends it. */
    private static byte[] textEvent(String userId, String messageId, String replyToken, String text, boolean redelivery) {
        com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
        root.put("destination", "Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        com.fasterxml.jackson.databind.node.ObjectNode event = root.putArray("events").addObject();
        event.put("type", "message");
        event.putObject("message").put("type", "text").put("id", messageId).put("text", text);
        event.put("webhookEventId", "01" + messageId);
        event.putObject("deliveryContext").put("isRedelivery", redelivery);
        event.put("timestamp", System.currentTimeMillis());
        event.putObject("source").put("type", "user").put("userId", userId);
        if (replyToken != null) {
            event.put("replyToken", replyToken);
        }
        event.put("mode", "active");
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response post(String url, byte[] body, String signature) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        ((HttpsURLConnection) c).setSSLSocketFactory(TRUST_ALL.getSocketFactory());
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(2000);
        c.setReadTimeout(30000);
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json; charset=utf-8");
        if (signature != null) {
            c.setRequestProperty("X-Line-Signature", signature);
        }
        c.getOutputStream().write(body);
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, answer, c.getHeaderFields());
    }

    /**
     * The LINE Messaging API as a local server on 127.0.0.1: records each call and answers 200 {}. Plain sockets
     * (java.net only) so the probe needs nothing the container does not export.
     */
    static final class FakeLine implements AutoCloseable {

        static final class Call {
            final String path;
            final Map<String, String> headers;
            final JsonNode body;

            Call(String path, Map<String, String> headers, JsonNode body) {
                this.path = path;
                this.headers = headers;
                this.body = body;
            }
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final ServerSocket server;

        FakeLine() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            Thread t = new Thread(this::serve, "fake-line-api");
            t.setDaemon(true);
            t.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    String requestLine = readLine(in);
                    Map<String, String> headers = new HashMap<>();
                    for (String h = readLine(in); !h.isEmpty(); h = readLine(in)) {
                        int colon = h.indexOf(':');
                        headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
                    }
                    byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
                    calls.add(new Call(requestLine.split(" ")[1], headers, JSON.readTree(body)));
                    byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-line-request-id: fake-"
                            + calls.size() + "\r\nContent-Length: " + answer.length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(answer);
                    out.flush();
                } catch (IOException e) {
                    // closed at the end of the suite, or a client gave up: the next call is served anew
                }
            }
        }

        /** One CRLF-terminated header line, read byte by byte so the body stays in the stream. */
        private static String readLine(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
