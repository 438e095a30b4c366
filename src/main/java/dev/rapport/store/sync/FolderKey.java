package dev.rapport.store.sync;

import dev.rapport.i18n.I18n;
import dev.rapport.store.Argon2Cost;
import dev.rapport.store.PassphraseKeys;
import dev.rapport.store.SafeFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The folder's header file, {@value #FILE}, and the key it describes. It holds no secret and no
 * name: the folder's random id, the Argon2id salt and cost, and a check (an empty text sealed
 * under the key) that tells a wrong passphrase before anything is written.
 */
final class FolderKey {
    static final String FILE = "rapport-sync.json";
    static final int FORMAT = 1;
    static final int FOLDER_ID_BYTES = 16;
    private static final int SALT_BYTES = 16;
    private static final byte[] CHECK_AAD = "rapport-sync check".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(FolderKey.class.getName());

    private final byte[] folderId;
    private final FolderCipher cipher;

    private FolderKey(byte[] folderId, FolderCipher cipher) {
        this.folderId = folderId;
        this.cipher = cipher;
    }

    byte[] folderId() {
        return folderId.clone();
    }

    FolderCipher cipher() {
        return cipher;
    }

    /** Opens the folder's key, or makes the folder a sync folder with a new one when it has no header yet. */
    static FolderKey openOrCreate(Path folder, char[] passphrase) {
        Path header = folder.resolve(FILE);
        if (Files.exists(header)) {
            return open(header, passphrase);
        }
        byte[] folderId = FolderCipher.random(FOLDER_ID_BYTES);
        byte[] salt = FolderCipher.random(SALT_BYTES);
        Argon2Cost cost = PassphraseKeys.costForNew();
        FolderCipher cipher = new FolderCipher(PassphraseKeys.derive(passphrase, salt, cost));
        byte[] nonce = FolderCipher.random(FolderCipher.NONCE_BYTES);
        byte[] check = cipher.seal(nonce, checkAad(folderId), new byte[0], 0, 0);
        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT).put("folder", HexFormat.of().formatHex(folderId)).put("kdf", "argon2id")
                .put("memoryKiB", cost.memoryKiB()).put("passes", cost.passes()).put("lanes", cost.lanes())
                .put("salt", Base64.getEncoder().encodeToString(salt))
                .put("check", Base64.getEncoder().encodeToString(concat(nonce, check)));
        try {
            SafeFiles.write(header, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The sync folder's header cannot be written", e);
        }
        return new FolderKey(folderId, cipher);
    }

    private static FolderKey open(Path header, char[] passphrase) {
        JsonNode json;
        try {
            json = JSON.readTree(Files.readAllBytes(header));
        } catch (IOException e) {
            LOG.log(Level.INFO, "The sync folder's header cannot be read (yet)", e);
            throw unreadable(header);
        }
        if (json == null || !json.path("format").canConvertToInt()) {
            throw unreadable(header);
        }
        int format = json.path("format").asInt();
        if (format > FORMAT) {
            throw new SyncFolderException(SyncFolderException.Reason.NEWER_FORMAT,
                    I18n.t("files.syncFolder.newer", String.valueOf(header.getParent()), format));
        }
        try {
            byte[] folderId = HexFormat.of().parseHex(json.path("folder").asText());
            byte[] salt = Base64.getDecoder().decode(json.path("salt").asText());
            byte[] check = Base64.getDecoder().decode(json.path("check").asText());
            Argon2Cost cost = new Argon2Cost(json.path("memoryKiB").asInt(), json.path("passes").asInt(), json.path("lanes").asInt());
            if (format != FORMAT || !"argon2id".equals(json.path("kdf").asText()) || folderId.length != FOLDER_ID_BYTES
                    || salt.length != SALT_BYTES || check.length != FolderCipher.NONCE_BYTES + FolderCipher.TAG_BYTES) {
                throw unreadable(header);
            }
            FolderCipher cipher = new FolderCipher(PassphraseKeys.derive(passphrase, salt, cost));
            byte[] nonce = Arrays.copyOf(check, FolderCipher.NONCE_BYTES);
            if (cipher.open(nonce, checkAad(folderId), check, FolderCipher.NONCE_BYTES, FolderCipher.TAG_BYTES) == null) {
                throw new SyncFolderException(SyncFolderException.Reason.WRONG_PASSPHRASE,
                        I18n.t("files.syncFolder.wrongPassphrase", String.valueOf(header.getParent())));
            }
            return new FolderKey(folderId, cipher);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.INFO, "The sync folder's header has values out of range", e);
            throw unreadable(header);
        }
    }

    private static SyncFolderException unreadable(Path header) {
        return new SyncFolderException(SyncFolderException.Reason.UNREADABLE_HEADER,
                I18n.t("files.syncFolder.unreadableHeader", String.valueOf(header.getParent()), FILE));
    }

    private static byte[] checkAad(byte[] folderId) {
        return concat(CHECK_AAD, folderId);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
