package org.yorisoi.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.emergency.Acknowledgement;
import org.yorisoi.emergency.CaseService;

/**
 * The page a notice's recipient opens from the link in the notice: {@code /ack/<notice>/<token>}. A GET only shows
 * which notice it is and a button; the button POSTs to the same address, which records the acknowledgement. A GET
 * never acknowledges, because mail scanners and link previews follow links nobody clicked. An unknown notice and a
 * wrong token get the same 404 page, so the page tells nobody which notice ids exist.
 *
 * <p>The page stands alone: its style is inline (allowed by hash), no script, nothing from another address, and it
 * is neither cached, framed nor referred from. The token is never logged or written into the page.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/ack/*",
    "osgi.http.whiteboard.servlet.name=yorisoi-acknowledgement-page"})
public class AcknowledgementPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AcknowledgementPageServlet.class);

    /** Ids and tokens are far shorter; anything longer is not a link the platform sent. */
    static final int MAX_SEGMENT = 200;
    private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm")
            .withZone(ZoneOffset.ofHours(9));

    static final String STYLE = "body{margin:0;background:#f5f5f2;color:#222;line-height:1.7;font-size:18px;"
            + "font-family:\"Hiragino Kaku Gothic ProN\",\"Hiragino Sans\",\"BIZ UDPGothic\",\"Noto Sans JP\",Meiryo,sans-serif}"
            + "main{max-width:40rem;margin:2rem auto;background:#fff;border-radius:.6rem;padding:1.5rem}"
            + "h1{font-size:1.3rem;margin:0 0 1rem}.emergency{color:#b00}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0 0 1.2rem}"
            + "dt{font-weight:bold}dd{margin:0;overflow-wrap:anywhere}"
            + ".done{background:#e3f3ea;border:2px solid #2f6f62;border-radius:.5rem;padding:.6rem}"
            + ".problem{background:#fde8e8;border:2px solid #c33;border-radius:.5rem;padding:.6rem}"
            + "button{font:inherit;font-size:1.1rem;min-height:3rem;padding:.5rem 1.5rem;border:0;border-radius:.5rem;"
            + "background:#2f6f62;color:#fff;cursor:pointer}button:focus{outline:3px solid #f0a030;outline-offset:2px}";
    /** Nothing may load from anywhere; the one inline style is allowed by its hash, the form posts to this site. */
    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /*
     * Dynamic and optional: the cases live on the database, which may be starting or restarting; the page then says
     * so (503) instead of disappearing into the container's 404.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    transient volatile CaseService cases;

    public AcknowledgementPageServlet() {
    }

    AcknowledgementPageServlet(CaseService cases) {
        this.cases = cases;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Link> link = Link.of(request);
        CaseService service = cases;
        if (link.isEmpty()) {
            notFound(response);
        } else if (service == null) {
            unavailable(response);
        } else {
            Optional<Acknowledgement> found;
            try {
                found = service.acknowledgement(link.get().noticeId(), link.get().token());
            } catch (RuntimeException e) {
                failed(response, e);
                return;
            }
            if (found.isEmpty()) {
                notFound(response);
            } else {
                write(response, HttpServletResponse.SC_OK, notice(found.get()));
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Link> link = Link.of(request);
        CaseService service = cases;
        if (link.isEmpty()) {
            notFound(response);
        } else if (service == null) {
            unavailable(response);
        } else {
            Acknowledgement done;
            try {
                done = service.acknowledge(link.get().noticeId(), link.get().token(), request.getRemoteAddr());
            } catch (IllegalArgumentException unknownOrWrongToken) {
                notFound(response);
                return;
            } catch (RuntimeException e) {
                failed(response, e);
                return;
            }
            write(response, HttpServletResponse.SC_OK, confirmed(done));
        }
    }

    /** The two path segments of a link; nothing when the path has another shape. */
    record Link(String noticeId, String token) {
        static Optional<Link> of(HttpServletRequest request) {
            String[] path = EventStreams.segments(request);
            if (path.length != 2 || path[0].length() > MAX_SEGMENT || path[1].length() > MAX_SEGMENT) {
                return Optional.empty();
            }
            return Optional.of(new Link(path[0], path[1]));
        }

        /** Never the token. */
        @Override
        public String toString() {
            return "Link[" + noticeId + "]";
        }
    }

    // --- pages ---

    private static String notice(Acknowledgement a) {
        String state = a.acknowledgedAt() != null
                ? "<p class=\"done\">受領済み（" + time(a.acknowledgedAt()) + "）</p>"
                : "<p>通知の内容を確認されたら、下のボタンを押してください。押すまで受領は記録されません。</p>"
                + "<form method=\"post\"><button type=\"submit\">受領を確認する</button></form>";
        return page(title(a), heading(a) + details(a) + state);
    }

    private static String confirmed(Acknowledgement a) {
        String when = a.acknowledgedAt() == null ? "" : "（" + time(a.acknowledgedAt()) + "）";
        return page(title(a), heading(a) + "<p class=\"done\" role=\"status\">受領を確認しました" + when
                + "。ありがとうございました。</p>" + details(a));
    }

    private static String title(Acknowledgement a) {
        return (a.emergency() ? "緊急対応" : "情報提供") + "の通知の受領確認";
    }

    private static String heading(Acknowledgement a) {
        return "<h1" + (a.emergency() ? " class=\"emergency\"" : "") + ">" + escape(title(a)) + "</h1>";
    }

    private static String details(Acknowledgement a) {
        return "<dl>"
                + "<dt>種別</dt><dd>" + (a.emergency() ? "緊急対応" : "情報提供") + "</dd>"
                + "<dt>ケースID</dt><dd>" + escape(a.caseId()) + "</dd>"
                + "<dt>契約</dt><dd>" + escape(a.contractNameJa()) + "</dd>"
                + "<dt>宛先</dt><dd>" + escape(a.recipientNameJa()) + "</dd>"
                + "<dt>送信日時</dt><dd>" + time(a.sentAt()) + (a.sentAt() == null ? "" : "（日本時間）") + "</dd>"
                + "</dl>";
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_NOT_FOUND, page("通知が見つかりません",
                "<h1>通知が見つかりません</h1><p class=\"problem\">このリンクは無効です。通知に記載されたリンクが途中で"
                + "切れていないか、ご確認ください。</p>"));
    }

    private static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "60");
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, page("ただいま確認できません",
                "<h1>ただいま確認できません</h1><p class=\"problem\">ただいま受領の確認を受け付けられません。"
                + "しばらくしてから、もう一度このページを開いてください。</p>"));
    }

    private static void failed(HttpServletResponse response, RuntimeException e) throws IOException {
        // the service's messages name ids only; the token is not in them
        LOG.warn("the acknowledgement page could not reach the case service", e);
        unavailable(response);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex, nofollow\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head>"
                + "<body><main>" + body + "</main></body></html>\n";
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Content-Security-Policy", CSP);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String time(Instant instant) {
        return instant == null ? "—" : JST.format(instant);
    }

    /** Text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
