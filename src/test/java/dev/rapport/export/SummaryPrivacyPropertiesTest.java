package dev.rapport.export;

import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientReview;
import dev.rapport.logic.ClientSummary;
import dev.rapport.model.ClientAsk;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.Period;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A summary never carries private notes, review notes, survey-method notes, the client's emotion
 * or another client's data, in any format (the PDF checked by extracting its text and metadata).
 */
class SummaryPrivacyPropertiesTest {

    @Property(tries = 200)
    void privateTextAndOtherClientsNeverAppear(@ForAll("marker") String secret, @ForAll("marker") String otherName,
                                               @ForAll("marker") String otherText) throws IOException {
        Path dir = Files.createTempDirectory("rapport-privacy");
        ReportFixture f = ReportFixture.create(dir.resolve("j.rapport"), secret, "Zz " + otherName, otherText);
        try {
            ClientSummary s = f.session.reports().summary(f.baltic.id(), new Period(ReportFixture.FROM, ReportFixture.TO));
            String md = SummaryRenderer.markdown(s);
            String html = SummaryRenderer.html(s);
            byte[] pdf = SummaryRenderer.render(s, SummaryRenderer.Format.PDF);
            String pdfText = ReportRenderingTest.text(pdf) + ReportRenderingTest.info(pdf);
            for (String out : new String[] {md, html, pdfText, new String(pdf, StandardCharsets.ISO_8859_1)}) {
                assertThat(out).doesNotContain(secret).doesNotContain(otherName).doesNotContain(otherText)
                        .doesNotContain("Method ").doesNotContain("Angry");
            }
            // and the shared text is there, so the check is not vacuous
            assertThat(md).contains("Requirements workshop");
            assertThat(pdfText).contains("Requirements workshop").contains("Олена Коваленко");
        } finally {
            f.session.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The client review too (issue 21): its text, its SVG charts, its PDF's bytes, text and metadata
     * hold no private notes, review notes, survey methods, emotion, nor the other client's data, not
     * even the other client's own review headline and asks. Fewer tries: each draws a PDF with charts.
     */
    @Property(tries = 30)
    void theClientReviewKeepsThemOutToo(@ForAll("marker") String secret, @ForAll("marker") String otherName,
                                        @ForAll("marker") String otherText) throws IOException {
        Path dir = Files.createTempDirectory("rapport-privacy");
        ReportFixture f = ReportFixture.create(dir.resolve("j.rapport"), secret, "Zz " + otherName, otherText);
        try {
            Period period = new Period(ReportFixture.FROM, ReportFixture.TO);
            f.session.clientReviews().saveHeadline(f.other.id(), period, "Headline " + otherText);
            f.session.clientReviews().saveAsk(ClientAsk.of(f.other.id(), "Ask " + otherText, ReportFixture.TO));
            f.session.clientReviews().saveAsk(ClientAsk.of(f.baltic.id(), "Approve the Kaunas plan", ReportFixture.TO));
            ClientReview r = f.session.clientReviews().review(f.baltic.id(), period);
            Messages en = Messages.of(Language.ENGLISH);
            String md = ClientReviewRenderer.markdown(r, en);
            String html = ClientReviewRenderer.html(r, en);
            byte[] pdf = ClientReviewRenderer.render(r, SummaryRenderer.Format.PDF, en);
            String pdfText = ReportRenderingTest.text(pdf) + ReportRenderingTest.info(pdf);
            for (String out : new String[] {md, html, pdfText, new String(pdf, StandardCharsets.ISO_8859_1)}) {
                assertThat(out).doesNotContain(secret).doesNotContain(otherName).doesNotContain(otherText)
                        .doesNotContain("Method ").doesNotContain("Angry").doesNotContain("ORAL").doesNotContain("Oral");
            }
            assertThat(html).contains("<svg");
            assertThat(md).contains("Requirements workshop").contains("Approve the Kaunas plan");
            assertThat(pdfText).contains("Requirements workshop").contains("Олена Коваленко");
        } finally {
            f.session.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Distinctive words (letters of several scripts), long enough never to occur by chance. */
    @Provide
    Arbitrary<String> marker() {
        Arbitrary<Character> letters = Arbitraries.of("ĄČĘĖĮŠŲŪŽăâîșțЖЩЮЯжщюяQXZqxz".chars().mapToObj(c -> (char) c).toArray(Character[]::new));
        return letters.list().ofMinSize(8).ofMaxSize(16).map(l -> {
            StringBuilder b = new StringBuilder("Q");
            l.forEach(b::append);
            return b.toString();
        });
    }
}
