package dev.rapport.mail;

import dev.rapport.export.mail.ReplyDrafts;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.ReplyTemplates;
import dev.rapport.model.MailDraft;
import dev.rapport.model.Request;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request accepted from mail answered through the mail program: the text in the person's
 * preferred language (else the app's), the answers numbered in the order asked and the "anything
 * else open?" line; a mailto: link and an .eml draft in reply to the client's message.
 */
class ReplyDraftTest {
    @TempDir
    Path dir;

    private MailFixture f;
    private Request request;

    @BeforeEach
    void open() {
        I18n.use(Language.ENGLISH);
        f = new MailFixture(dir);
        f.importFiles(List.of(MailFixture.source().resolve("t01-01-request.eml")), true, false);
        request = f.session.ledger().requests(null).get(0);
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        f.session.close();
    }

    @Test
    void theAnswerIsWrittenInThePersonsLanguageWhenKnownElseTheApps() {
        List<String> answers = List.of("Yes, the 16th works.", "Carrier B.");

        String english = f.session.mailReplies().answer(f.ilona, request.questions(), answers);
        f.session.personMail().setLanguage(f.ilona.id(), Optional.of(Language.LITHUANIAN));
        String lithuanian = f.session.mailReplies().answer(f.ilona, request.questions(), answers);

        assertThat(english).contains(ReplyTemplates.anythingElse(Language.ENGLISH))
                .doesNotContain(ReplyTemplates.anythingElse(Language.LITHUANIAN));
        assertThat(lithuanian).contains(ReplyTemplates.anythingElse(Language.LITHUANIAN))
                .doesNotContain(ReplyTemplates.anythingElse(Language.ENGLISH))
                .startsWith(ReplyTemplates.defaultTemplate(ReplyTemplates.ANSWER_KEY, Language.LITHUANIAN).lines().findFirst().orElseThrow()
                        .replace("{name}", "Ilona"));
        for (String text : List.of(english, lithuanian)) {
            int first = text.indexOf("1. " + request.questions().get(0));
            int firstAnswer = text.indexOf(answers.get(0));
            int second = text.indexOf("2. " + request.questions().get(1));
            int secondAnswer = text.indexOf(answers.get(1));
            assertThat(first).isNotNegative().isLessThan(firstAnswer);
            assertThat(firstAnswer).isLessThan(second);
            assertThat(second).isLessThan(secondAnswer);
        }
    }

    @Test
    void theAcknowledgementFollowsThePersonsLanguageToo() {
        f.session.personMail().setLanguage(f.ilona.id(), Optional.of(Language.UKRAINIAN));
        String text = f.session.mailReplies().acknowledgement(f.ilona,
                java.time.ZonedDateTime.of(2026, 11, 4, 14, 0, 0, 0, MailFixture.BUCHAREST), request.questions());
        String template = ReplyTemplates.defaultTemplate(ReplyTemplates.ACKNOWLEDGE_KEY, Language.UKRAINIAN);
        assertThat(text).startsWith(template.substring(0, template.indexOf("{name}")));
        assertThat(text).contains("1. " + request.questions().get(0));
    }

    @Test
    void theDraftRepliesToTheClientsMessage() {
        MailDraft d = f.session.mailReplies().draft(request.id(), "Dear Ilona,\nyes.");

        assertThat(d.to()).isEqualTo("Ilona.Kask@northwind.example");
        assertThat(d.subject()).isEqualTo("Re: Rollout plan: two questions before Thursday");
        assertThat(d.inReplyTo()).isEqualTo("<t1-req@northwind.example>");
        assertThat(d.references()).containsExactly("<t1-req@northwind.example>");
    }

    @Test
    void aRequestTypedByHandGetsADraftWithoutThreadHeaders() {
        Request typed = f.session.ledger().save(new Request(0, f.northwind.id(), f.mark.id(), request.receivedAt(),
                dev.rapport.model.Channel.CALL, "Invoice", List.of("When?"), null, null, List.of(), false, MailFixture.BUCHAREST));

        MailDraft d = f.session.mailReplies().draft(typed.id(), "Soon.");

        assertThat(d.to()).isEqualTo("mark.tamm@northwind.example");
        assertThat(d.subject()).isEqualTo("Re: Invoice");
        assertThat(d.inReplyTo()).isNull();
        assertThat(d.references()).isEmpty();
    }

    @Test
    void theMailtoLinkCarriesAddressSubjectAndTextEncoded() {
        MailDraft d = new MailDraft("ilona@northwind.example", "Re: Plan & ţări?", "Dear Ilona,\nyes + no.", null, List.of());

        URI uri = ReplyDrafts.mailto(d);

        String s = uri.toString();
        assertThat(s).startsWith("mailto:ilona@northwind.example?subject=").doesNotContain("+").doesNotContain(" ");
        String subject = s.substring(s.indexOf("subject=") + 8, s.indexOf("&body="));
        String body = s.substring(s.indexOf("&body=") + 6);
        assertThat(URLDecoder.decode(subject, StandardCharsets.UTF_8)).isEqualTo("Re: Plan & ţări?");
        assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8)).isEqualTo("Dear Ilona,\r\nyes + no.");
    }

    @Test
    void theEmlDraftIsUnsentAndParsesBackInReplyToTheMessage() throws Exception {
        String text = f.session.mailReplies().answer(f.ilona, request.questions(), List.of("Да.", "Б."));
        MailDraft d = f.session.mailReplies().draft(request.id(), text);
        Path file = dir.resolve(ReplyDrafts.fileName(d));

        ReplyDrafts.writeEml(d, file);

        assertThat(file.getFileName().toString()).isEqualTo("Re Rollout plan two questions before Thursday.eml");
        MimeMessage raw = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(java.nio.file.Files.readAllBytes(file)));
        assertThat(raw.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(raw.getHeader("References", null)).isEqualTo("<t1-req@northwind.example>");
        // no From: the mail program adds the account's own
        assertThat(raw.getFrom()).isNull();
        assertThat(raw.getHeader("In-Reply-To", null)).isEqualTo("<t1-req@northwind.example>");
        assertThat(raw.getSubject()).isEqualTo(d.subject());
        assertThat(raw.getRecipients(jakarta.mail.Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("Ilona.Kask@northwind.example");
        assertThat(((String) raw.getContent()).replace("\r\n", "\n").strip()).isEqualTo(text.strip());
    }
}
