package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.sync.SyncRound;
import dev.rapport.logic.sync.SyncSettings;
import dev.rapport.logic.sync.SyncWiring;
import dev.rapport.logic.sync.SyncWords;
import dev.rapport.model.RapportException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run one sync round through a folder the devices share: send this journal's changes, take the others'. "
                + "The folder and device name given once are remembered for this journal.")
final class SyncCommand implements Callable<Integer> {
    /** Where the passphrase for the folder comes from when the journal is not encrypted. */
    static final String PASSPHRASE = "RAPPORT_SYNC_PASSPHRASE";

    @Option(names = "--folder", paramLabel = "DIR", description = "The sync folder (remembered for this journal).")
    Path folder;

    @Option(names = "--device", paramLabel = "NAME", description = "This device's name as the others see it (remembered; default: the host name).")
    String device;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        char[] own = JournalSession.isEncrypted(journalOption.journal()) ? Passphrases.current(journalOption.journal()) : null;
        char[] passphrase = null;
        try (JournalSession session = journalOption.openForWriting(own)) {
            SyncSettings settings = new SyncSettings(session.settings());
            Path dir = folder != null ? settings.storeFolder(folder.toString())
                    : settings.folder().orElseThrow(() -> new RapportException(I18n.t("cli.sync.noFolder")));
            if (device != null) {
                settings.storeDeviceName(device);
            }
            String name = settings.deviceName();
            passphrase = own != null ? own.clone() : syncPassphrase(dir);
            SyncRound.Report report = SyncWiring.current().round(session).run(dir, name, passphrase, SyncRound.Progress.NONE, () -> false);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(toJson(dir, name, report)));
            } else {
                print(out, dir, name, report, session);
            }
            out.flush();
            return 0;
        } finally {
            Passphrases.clear(own);
            Passphrases.clear(passphrase);
        }
    }

    /** The sync passphrase of a journal that has none of its own: the environment, else typed at the terminal. */
    private static char[] syncPassphrase(Path dir) {
        String fromEnvironment = Passphrases.environment.apply(PASSPHRASE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        char[] typed = Passphrases.terminal.readPassword(I18n.t("cli.sync.prompt", dir.getFileName() == null ? dir.toString()
                : dir.getFileName().toString()) + " ");
        if (typed == null || typed.length == 0) {
            throw new RapportException(I18n.t("cli.sync.passphraseNeeded", PASSPHRASE));
        }
        return typed;
    }

    private static void print(PrintWriter out, Path dir, String name, SyncRound.Report report, JournalSession session) {
        Table table = new Table(out);
        table.row("cli.sync.folder", dir.toString());
        table.row("cli.sync.device", name);
        table.row("cli.sync.result", SyncWords.summary(report));
        List<SyncRound.Device> others = report.devices();
        table.row("cli.sync.devices", others.isEmpty() ? I18n.t("cli.sync.noDevices") : "");
        others.forEach(d -> table.subRow("", SyncWords.device(d, session.clock())));
        table.row("cli.sync.edits", report.concurrentEdits().isEmpty() ? I18n.t("cli.sync.noEdits") : "");
        report.concurrentEdits().forEach(e -> table.subRow("", SyncWords.edit(e, name, session.clock())));
        table.print();
    }

    private static Map<String, Object> toJson(Path dir, String name, SyncRound.Report report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("folder", dir.toString());
        doc.put("device", name);
        doc.put("sent", report.sent());
        doc.put("received", report.received());
        doc.put("joinedFromSnapshot", report.joinedFromSnapshot());
        doc.put("devices", report.devices().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("name", d.name());
            m.put("lastWrote", d.lastWrote() == null ? null : d.lastWrote().toString());
            return m;
        }).toList());
        doc.put("concurrentEdits", report.concurrentEdits().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("row", e.row());
            m.put("field", e.field());
            m.put("kept", e.kept());
            m.put("keptBy", e.keptBy());
            m.put("keptAt", e.keptAt() == null ? null : e.keptAt().toString());
            m.put("overwritten", e.overwritten());
            m.put("overwrittenBy", e.overwrittenBy());
            m.put("overwrittenAt", e.overwrittenAt() == null ? null : e.overwrittenAt().toString());
            return m;
        }).toList());
        return doc;
    }
}
