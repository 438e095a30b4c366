package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.DataService;
import dev.rapport.model.DataList;
import dev.rapport.model.RapportException;
import dev.rapport.store.FileProblems;
import dev.rapport.store.SafeFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The journal's lists (clients, people, entries, the ledger, …) as CSV files. */
final class CsvLists {
    private final DataService data;

    CsvLists(DataService data) {
        this.data = data;
    }

    long export(DataList kind, boolean includePrivate, OutputStream out) {
        try (Csv.Printer p = Csv.open(out)) {
            return data.eachListRow(kind, includePrivate, p::row);
        } catch (IOException e) {
            throw new RapportException(I18n.t("data.csv.notWritten", FileProblems.why(e)), e);
        }
    }

    /**
     * Writes every list into {@code folder}, one file each; returns the files. The lists are
     * written into a temporary folder beside it (owner-only) and moved in only when all are
     * whole, so a failure part-way (a full disk) leaves no half-written folder.
     */
    List<Path> exportAll(Path folder, boolean includePrivate) {
        Path temp = null;
        try {
            temp = SafeFiles.temporaryFolderBeside(folder);
            for (DataList kind : DataList.values()) {
                Path file = temp.resolve(kind.fileName());
                OutputFiles.write(file, out -> export(kind, includePrivate, out));
            }
            List<Path> files = new ArrayList<>();
            if (!Files.exists(folder)) {
                SafeFiles.moveIntoPlaceAndSync(temp, folder);
                temp = null;
                for (DataList kind : DataList.values()) {
                    files.add(folder.resolve(kind.fileName()));
                }
                return files;
            }
            for (DataList kind : DataList.values()) {
                Path file = folder.resolve(kind.fileName());
                SafeFiles.moveIntoPlaceAndSync(temp.resolve(kind.fileName()), file);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new RapportException(I18n.t("data.csv.notWrittenTo", folder.toString(), FileProblems.why(e)), e);
        } finally {
            SafeFiles.deleteFolderQuietly(temp);
        }
    }
}
