package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.export.BriefRenderer;
import dev.rapport.logic.Brief;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.RapportException;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "brief", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The meeting brief for one client: open promises (overdue first), open problems, unanswered "
                + "requests, the last interactions, the weakest attributes, the question to ask and the people.")
final class BriefCommand implements Callable<Integer> {
    @Option(names = "--client", required = true, paramLabel = "NAME", description = "The client (case-insensitive).")
    String client;

    @Option(names = "--format", paramLabel = "md|pdf", defaultValue = "md", description = "md (default) or pdf (one page; needs --out).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (written whole or not at all) instead of standard output.")
    Path out;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String f = format.toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("md") && !f.equals("pdf")) {
            throw new RapportException(I18n.t("cli.brief.badFormat", format));
        }
        if (f.equals("pdf") && out == null) {
            throw new RapportException(I18n.t("cli.brief.pdfNeedsOut"));
        }
        try (JournalSession session = journalOption.openForReading()) {
            Client c = session.clients().byName(client);
            Brief brief = session.reports().brief(c.id());
            byte[] bytes = f.equals("pdf") ? BriefRenderer.pdf(brief) : BriefRenderer.markdown(brief).getBytes(StandardCharsets.UTF_8);
            PrintWriter w = spec.commandLine().getOut();
            if (out == null) {
                w.print(new String(bytes, StandardCharsets.UTF_8));
            } else {
                session.reports().save(out, bytes);
                w.println(I18n.t("cli.wrote", out.toString()));
            }
            w.flush();
        }
        return 0;
    }
}
