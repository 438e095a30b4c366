package dev.rapport.tools.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A made-up mailbox written as an mbox the way Thunderbird writes one: every {@code knownEvery}-th
 * message is between the consultant and a known person (a question, and on the next known turn
 * the consultant's reply to it), the rest newsletters and strangers; plain, HTML-only and
 * multipart bodies of a few kilobytes, some body lines quoted as "&gt;From ". Nothing is stored in the
 * repository: the bench and tests write it where they need it.
 */
public final class SyntheticMail {
    public static final String CONSULTANT = "dana@moraru-consulting.eu";
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String[] WORDS = ("budget report meeting draft invoice schedule review plan figures launch team "
            + "contract renewal quarter update notes agenda deadline proposal estimate").split(" ");

    private SyntheticMail() {
    }

    /** Writes {@code messages} messages; returns how many were to or from a known person. */
    public static int write(Path mbox, List<String> knownEmails, int messages, int knownEvery, long seed) throws IOException {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        int known = 0;
        String lastQuestionId = null;
        String lastQuestionFrom = null;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mbox), 1 << 16)) {
            for (int i = 0; i < messages; i++) {
                Instant sent = start.plusSeconds(i * 1_800L + random.nextInt(600));
                String id = "<syn-" + seed + "-" + i + "@bench.example>";
                StringBuilder m = new StringBuilder();
                m.append("From - ").append(ASCTIME.format(sent)).append('\n');
                m.append("X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n");
                m.append("Message-ID: ").append(id).append('\n');
                m.append("Date: ").append(RFC.format(sent)).append('\n');
                boolean toKnown = knownEvery > 0 && i % knownEvery == 0 && !knownEmails.isEmpty();
                String subject;
                if (toKnown && lastQuestionId != null) {
                    m.append("From: Dana Moraru <").append(CONSULTANT).append(">\n");
                    m.append("To: <").append(lastQuestionFrom).append(">\n");
                    m.append("In-Reply-To: ").append(lastQuestionId).append('\n');
                    m.append("References: ").append(lastQuestionId).append('\n');
                    subject = "Re: " + words(random, 4);
                    lastQuestionId = null;
                    known++;
                } else if (toKnown) {
                    String person = knownEmails.get(random.nextInt(knownEmails.size()));
                    m.append("From: <").append(person).append(">\n");
                    m.append("To: Dana Moraru <").append(CONSULTANT).append(">\n");
                    subject = words(random, 4);
                    lastQuestionId = id;
                    lastQuestionFrom = person;
                    known++;
                } else if (i % 3 == 0) {
                    m.append("From: News <news@list").append(i % 17).append(".example>\n");
                    m.append("To: <").append(CONSULTANT).append(">\n");
                    m.append("List-Id: <weekly.list").append(i % 17).append(".example>\n");
                    subject = "Weekly " + words(random, 3);
                } else {
                    m.append("From: <someone").append(random.nextInt(5_000)).append("@stranger").append(i % 97).append(".example>\n");
                    m.append("To: <").append(CONSULTANT).append(">\n");
                    subject = words(random, 5);
                }
                m.append("Subject: ").append(subject).append('\n');
                m.append("MIME-Version: 1.0\n");
                body(m, random, i, toKnown && lastQuestionId != null && lastQuestionId.equals(id));
                m.append('\n');
                out.write(m.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return known;
    }

    private static void body(StringBuilder m, Random random, int i, boolean asks) {
        String text = paragraphs(random, 2 + random.nextInt(4));
        if (asks) {
            text = "Could you send the " + words(random, 2) + " by Friday?\nAnd is the " + words(random, 1)
                    + " still on for next week?\n\n" + text;
        }
        if (i % 11 == 0) {
            text = text + "\n>From the minutes of the last " + words(random, 1) + ":\n> " + words(random, 8) + "\n";
        }
        switch (i % 4) {
            case 1 -> {
                m.append("Content-Type: text/html; charset=UTF-8\n\n");
                m.append("<html><body><p>").append(text.replace("\n\n", "</p><p>").replace("\n", "<br>")).append("</p></body></html>\n");
            }
            case 2 -> {
                String boundary = "b" + i;
                m.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\n\n");
                m.append("--").append(boundary).append("\nContent-Type: text/plain; charset=UTF-8\n\n").append(text).append('\n');
                m.append("--").append(boundary).append("\nContent-Type: text/html; charset=UTF-8\n\n<p>")
                        .append(text.replace("\n", "<br>")).append("</p>\n");
                m.append("--").append(boundary).append("--\n");
            }
            default -> m.append("Content-Type: text/plain; charset=UTF-8\n\n").append(text).append('\n');
        }
    }

    private static String paragraphs(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < n; p++) {
            for (int s = 0; s < 3 + random.nextInt(4); s++) {
                String sentence = words(random, 8 + random.nextInt(10));
                b.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(". ");
            }
            b.append("\n\n");
        }
        return b.toString().strip();
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < n; w++) {
            b.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
