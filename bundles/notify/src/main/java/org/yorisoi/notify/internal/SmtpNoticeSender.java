package org.yorisoi.notify.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import javax.mail.AuthenticationFailedException;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.notify.Delivery;
import org.yorisoi.notify.Destination;
import org.yorisoi.notify.Notice;
import org.yorisoi.notify.NoticeSender;
import org.yorisoi.platform.PlatformClock;

import com.sun.mail.smtp.SMTPAddressFailedException;
import com.sun.mail.smtp.SMTPSendFailedException;
import com.sun.mail.smtp.SMTPTransport;
import com.sun.mail.util.MailConnectException;

/**
 * Sends notices as UTF-8 plain-text mail. Starts only once {@code org.yorisoi.notify.smtp} is configured:
 * there is no sensible default mail server for emergency notices.
 */
@Component(service = NoticeSender.class, configurationPid = SmtpSettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = "kind=EMAIL")
@Designate(ocd = SmtpSettings.class)
public final class SmtpNoticeSender implements NoticeSender {

    static final String NOTICE_ID_HEADER = "X-Yorisoi-Notice-Id";
    private static final Logger LOG = LoggerFactory.getLogger(SmtpNoticeSender.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpServer server;
    private final PlatformClock clock;

    @Activate
    public SmtpNoticeSender(SmtpSettings settings, @Reference PlatformClock clock) {
        this(SmtpServer.of(settings), clock);
    }

    SmtpNoticeSender(SmtpServer server, PlatformClock clock) {
        this.server = server;
        this.clock = clock;
    }

    @Override
    public boolean supports(Destination destination) {
        return destination instanceof Destination.Email;
    }

    @Override
    public Delivery send(Notice notice, Destination destination) {
        if (!(destination instanceof Destination.Email email)) {
            return failed(notice, "not an email destination");
        }
        // javax.mail finds its providers and activation finds the text/plain handler through the context
        // class loader; in OSGi that must be the mail bundle's own loader, which sees both.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return deliver(notice, email);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Delivery deliver(Notice notice, Destination.Email email) {
        Session session = Session.getInstance(sessionProperties());
        try {
            MimeMessage message = compose(session, notice, email);
            try (Transport transport = session.getTransport("smtp")) {
                if (server.authenticates()) {
                    transport.connect(server.host(), server.port(), server.username(), server.password());
                } else {
                    transport.connect(server.host(), server.port(), null, null);
                }
                transport.sendMessage(message, message.getAllRecipients());
                int code = transport instanceof SMTPTransport smtp ? smtp.getLastReturnCode() : 250;
                LOG.info("Notice {} accepted by the mail server (SMTP {})", notice.id(), code);
                return new Delivery(notice.id(), Destination.Kind.EMAIL, true, clock.now(), "SMTP " + code);
            }
        } catch (MessagingException failure) {
            String detail = describe(failure);
            LOG.warn("Notice {} not delivered by mail: {}", notice.id(), detail);
            return failed(notice, detail);
        } catch (RuntimeException unexpected) {
            String detail = "error " + unexpected.getClass().getSimpleName();
            LOG.warn("Notice {} not delivered by mail: {}", notice.id(), detail);
            return failed(notice, detail);
        }
    }

    MimeMessage compose(Session session, Notice notice, Destination.Email email) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(server.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.address(), true));
        message.setSubject(notice.subject(), UTF_8);
        message.setText(bodyWithAcknowledgementLink(notice), UTF_8);
        message.setHeader(NOTICE_ID_HEADER, notice.id());
        message.setSentDate(Date.from(clock.now()));
        return message;
    }

    /** The link is what closes the loop, so it is in every mail even if the caller's body forgot it. */
    static String bodyWithAcknowledgementLink(Notice notice) {
        if (notice.body().contains(notice.acknowledgeUrl())) {
            return notice.body();
        }
        return notice.body() + "\n\n受領確認（クリックしてください）:\n" + notice.acknowledgeUrl() + "\n";
    }

    private Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", server.host());
        properties.setProperty("mail.smtp.port", Integer.toString(server.port()));
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(server.connectTimeoutMillis()));
        properties.setProperty("mail.smtp.timeout", Integer.toString(server.readTimeoutMillis()));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(server.writeTimeoutMillis()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(server.authenticates()));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        properties.setProperty("mail.mime.charset", UTF_8);
        switch (server.startTls()) {
            case REQUIRED -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
            }
            case OPTIONAL -> properties.setProperty("mail.smtp.starttls.enable", "true");
            case NONE -> properties.setProperty("mail.smtp.starttls.enable", "false");
        }
        return properties;
    }

    /** The SMTP reply code and the kind of failure; never the server's text, which may echo addresses. */
    static String describe(MessagingException failure) {
        if (failure.getNextException() instanceof SMTPAddressFailedException address) {
            return "SMTP " + address.getReturnCode() + " recipient rejected";
        }
        if (failure instanceof SMTPAddressFailedException address) {
            return "SMTP " + address.getReturnCode() + " recipient rejected";
        }
        if (failure instanceof SMTPSendFailedException sendFailed) {
            return "SMTP " + sendFailed.getReturnCode() + " send rejected";
        }
        if (failure instanceof MailConnectException) {
            return "connect failed";
        }
        if (failure instanceof AuthenticationFailedException) {
            return "authentication failed";
        }
        return "error " + failure.getClass().getSimpleName();
    }

    private Delivery failed(Notice notice, String detail) {
        return new Delivery(notice.id(), Destination.Kind.EMAIL, false, clock.now(), detail);
    }
}
