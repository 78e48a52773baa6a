package org.yorisoi.notify.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.mail.Message;
import javax.mail.internet.MimeMessage;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.yorisoi.notify.Delivery;
import org.yorisoi.notify.Destination;
import org.yorisoi.notify.Notice;
import org.yorisoi.platform.PlatformClock;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

public class SmtpNoticeSenderTest {

    private static final Instant NOW = Instant.parse("2025-04-01T01:02:03Z");
    private static final PlatformClock CLOCK = () -> Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ACK = "https://yorisoi.example.jp/ack/n-42/token";
    private static final Notice NOTICE = new Notice("n-42", "kyoto", "【緊急】相談案件 C-7 の対応依頼",
            "案件: C-7\n契約: 京都市\n緊急度: 高\n対応: 学校と連携し、本人の安全を確認してください。", ACK);

    private GreenMail greenMail;

    @Before
    public void startMailServer() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
    }

    @After
    public void stopMailServer() {
        greenMail.stop();
    }

    private SmtpNoticeSender senderOnPort(int port) {
        return new SmtpNoticeSender(new SmtpServer("127.0.0.1", port, "", "", "Yorisoi <noreply@yorisoi.example.jp>",
                SmtpServer.StartTls.NONE, 2_000, 2_000, 2_000), CLOCK);
    }

    @Test
    public void theRecipientReceivesTheJapaneseNoticeWithItsAcknowledgementLink() throws Exception {
        Delivery delivery = senderOnPort(greenMail.getSmtp().getPort())
                .send(NOTICE, new Destination.Email("kyoiku@city.kyoto.example.jp"));

        assertTrue(delivery.detail(), delivery.delivered());
        assertEquals("SMTP 250", delivery.detail());
        assertEquals(Destination.Kind.EMAIL, delivery.kind());
        assertEquals(NOW, delivery.at());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertEquals(NOTICE.subject(), received.getSubject());
        assertEquals("noreply@yorisoi.example.jp",
                ((javax.mail.internet.InternetAddress) received.getFrom()[0]).getAddress());
        assertEquals("kyoiku@city.kyoto.example.jp", received.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("n-42", received.getHeader(SmtpNoticeSender.NOTICE_ID_HEADER)[0]);
        assertTrue(received.getContentType().toLowerCase().contains("charset=utf-8"));
        String body = ((String) received.getContent()).replace("\r\n", "\n");
        assertTrue(body, body.startsWith(NOTICE.body()));
        assertTrue(body, body.contains(ACK));
        // The raw subject header is MIME-encoded, so Japanese survives 7-bit mail relays.
        assertTrue(GreenMailUtil.getHeaders(received).contains("=?UTF-8?"));
    }

    @Test
    public void aNoticeHasNoFieldForATranscript() {
        List<String> fields = Arrays.stream(Notice.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toList());
        assertEquals(List.of("id", "contractId", "subject", "body", "acknowledgeUrl"), fields);
    }

    @Test
    public void aMailServerThatIsDownGivesAFailedDeliveryNotAnException() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Delivery delivery = senderOnPort(closedPort).send(NOTICE, new Destination.Email("kyoiku@city.kyoto.example.jp"));

        assertFalse(delivery.delivered());
        assertEquals("connect failed", delivery.detail());
        assertEquals("n-42", delivery.noticeId());
    }

    @Test
    public void aWebhookDestinationIsNotSentByMail() {
        SmtpNoticeSender sender = senderOnPort(greenMail.getSmtp().getPort());
        Destination webhook = new Destination.Webhook(java.net.URI.create("https://example.jp/hook"), "s");
        assertFalse(sender.supports(webhook));
        assertFalse(sender.send(NOTICE, webhook).delivered());
    }
}
