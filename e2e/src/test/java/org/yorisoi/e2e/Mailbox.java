package org.yorisoi.e2e;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.Address;
import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/**
 * An SMTP server in the test JVM (GreenMail, on a free loopback port) that a distribution sends its notices to: it
 * accepts mail for any address and keeps every message for the test to read.
 */
public final class Mailbox implements AutoCloseable {

    /** An acknowledgement link as the notices carry it: {@code <base>/ack/<noticeId>/<token>}. */
    static final Pattern ACK_LINK = Pattern.compile("https?://[^\\s\"'<>]+/ack/([^/\\s\"'<>]+)/[^\\s\"'<>]+");

    private final GreenMail greenMail;

    private Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the server on a free port of 127.0.0.1 (SMTP only, plain text: the distribution uses starttls=none). */
    public static Mailbox start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new Mailbox(server);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /**
     * A received mail, decoded: its header addressees (To, Cc), its subject and its text (every text part, as the recipient reads
     * them). {@link #toString()} names addressees and acknowledgement links' notice ids only, so that a failure
     * message never shows a mail's text.
     */
    public record Mail(List<String> to, String subject, String text) {
        /** Every acknowledgement link in the text, in order. */
        public List<String> ackLinks() {
            List<String> links = new ArrayList<>();
            Matcher m = ACK_LINK.matcher(text);
            while (m.find()) {
                links.add(m.group());
            }
            return links;
        }

        /** The acknowledgement link of that notice in the text, if there is one. */
        public Optional<String> ackLink(String noticeId) {
            Matcher m = ACK_LINK.matcher(text);
            while (m.find()) {
                if (m.group(1).equals(noticeId)) {
                    return Optional.of(m.group());
                }
            }
            return Optional.empty();
        }

        /** True when the text carries the acknowledgement link of that notice. */
        public boolean acknowledges(String noticeId) {
            return ackLink(noticeId).isPresent();
        }

        /** True when the subject or the text holds {@code words} (consultation text must never be in a mail). */
        public boolean contains(String words) {
            return (subject != null && subject.contains(words)) || text.contains(words);
        }

        @Override
        public String toString() {
            List<String> notices = ackLinks().stream().map(l -> {
                Matcher m = ACK_LINK.matcher(l);
                return m.matches() ? m.group(1) : "?";
            }).toList();
            return "Mail[to=" + to + ", ack notices=" + notices + "]";
        }
    }

    /** Every mail received so far, oldest first. */
    public List<Mail> all() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            mails.add(decode(message));
        }
        return mails;
    }

    /**
     * The mails delivered so far into {@code address}'s mailbox, oldest first: by the SMTP envelope, so a copy sent
     * as Bcc counts too.
     */
    public List<Mail> to(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of(); // GreenMail creates a mailbox with the first mail for it
        }
        try {
            List<Mail> mails = new ArrayList<>();
            for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                mails.add(decode(stored.getMimeMessage()));
            }
            return mails;
        } catch (FolderException e) {
            throw new AssertionError("the mailbox of " + address + " could not be read", e);
        }
    }

    /** Waits until at least {@code count} mails for {@code address} match and returns those that do. */
    public List<Mail> await(String address, Predicate<Mail> matching, int count, String what, Duration within)
            throws InterruptedException {
        return Await.until(count + " mail(s) to " + address + ": " + what, within, () -> {
            List<Mail> found = to(address).stream().filter(matching).toList();
            return found.size() >= count ? found : null;
        });
    }

    static Mail decode(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            List<String> to = recipients == null ? List.of() : Arrays.stream(recipients)
                    .map(a -> a instanceof InternetAddress i ? i.getAddress() : a.toString())
                    .map(a -> a.toLowerCase(Locale.ROOT)).toList();
            StringBuilder text = new StringBuilder();
            appendText(message, text);
            return new Mail(to, message.getSubject(), text.toString().replace("\r\n", "\n"));
        } catch (MessagingException | IOException e) {
            throw new AssertionError("a received mail could not be decoded", e);
        }
    }

    private static void appendText(Part part, StringBuilder text) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            text.append(part.getContent()).append('\n');
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                appendText(child, text);
            }
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
