package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The encrypted journal's first file format, still read (an older Rapport's journals, which are
 * written anew in format 2, {@link SealedJournal}, when they open), and the key both formats use:
 * a small header, then the SQLite database image sealed whole with AES-256-GCM. The whole header
 * is the cipher's associated data, so a changed header byte fails the tag check like a changed
 * body byte does.
 *
 * <pre>
 * offset size
 *  0      8   magic "RAPPSEAL"
 *  8      1   format version (1)
 *  9      1   key derivation (1 = Argon2id v1.3)
 * 10      4   Argon2 memory in KiB
 * 14      4   Argon2 passes
 * 18      4   Argon2 lanes
 * 22      1   salt length (16)
 * 23     16   salt, new with every passphrase
 * 39      1   nonce length (12)
 * 40     12   nonce, new with every save
 * 52      …   ciphertext and 16-byte tag
 * </pre>
 */
final class SealedFile {
    static final byte[] MAGIC = "RAPPSEAL".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int KDF_ARGON2ID = 1;
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    static final int HEADER_BYTES = 52;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    /**
     * Sealing goes in 4 KiB steps: on Java 17 a single AES-GCM call over tens of megabytes runs
     * in the interpreter, about 40 times slower; many small calls get the compiled intrinsics
     * after the first save (measured: 61 MB in ~20 ms instead of ~850 ms).
     */
    private static final int CHUNK = 4096;
    /** Decryption is one call; before a large one, a few chunked rounds get the intrinsics compiled. */
    private static final int WARM_UP_ABOVE = 16 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedFile() {
    }

    /** True when the file starts with the encrypted journal's magic. */
    static boolean isSealed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** A key derived from a passphrase, with the salt and cost it was derived with. Holds no passphrase. */
    static final class Sealer {
        private final SecretKey key;
        private final byte[] salt;
        private final Argon2Cost cost;

        private Sealer(SecretKey key, byte[] salt, Argon2Cost cost) {
            this.key = key;
            this.salt = salt;
            this.cost = cost;
        }

        /** A new key with a new random salt: for a new journal or a new passphrase. */
        static Sealer create(char[] passphrase, Argon2Cost cost) {
            byte[] salt = new byte[SALT_BYTES];
            RANDOM.nextBytes(salt);
            return new Sealer(derive(passphrase, salt, cost), salt, cost);
        }

        Argon2Cost cost() {
            return cost;
        }

        SecretKey key() {
            return key;
        }

        byte[] salt() {
            return salt.clone();
        }

        /** The key a passphrase derives with a file's salt and cost. */
        static Sealer derived(char[] passphrase, byte[] salt, Argon2Cost cost) {
            return new Sealer(derive(passphrase, salt, cost), salt.clone(), cost);
        }

        /** True when this key was derived with that salt and cost (so it can open a file that names them). */
        boolean sameSalt(byte[] otherSalt, Argon2Cost otherCost) {
            return Arrays.equals(salt, otherSalt) && cost.equals(otherCost);
        }

        /** True when the passphrase derives this same key (checked in constant time). */
        boolean matches(char[] passphrase) {
            SecretKey other = derive(passphrase, salt, cost);
            return java.security.MessageDigest.isEqual(other.getEncoded(), key.getEncoded());
        }

        /** Seals a database image under this key with a fresh nonce. */
        byte[] seal(byte[] plain) {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] header = header(cost, salt, nonce);
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(header);
                byte[] out = new byte[HEADER_BYTES + cipher.getOutputSize(plain.length)];
                System.arraycopy(header, 0, out, 0, HEADER_BYTES);
                int written = HEADER_BYTES;
                for (int at = 0; at < plain.length; at += CHUNK) {
                    written += cipher.update(plain, at, Math.min(CHUNK, plain.length - at), out, written);
                }
                cipher.doFinal(out, written);
                return out;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
        }

        /** Opens a file sealed under this same key (used to reload the last saved version). */
        byte[] open(byte[] file, Path name) {
            Header h = Header.parse(file, name);
            if (!Arrays.equals(h.salt, salt) || !h.cost.equals(cost)) {
                throw wrong(name);
            }
            return decrypt(file, h, key, name);
        }
    }

    /** The opened image and the key that opened it. */
    record Opened(Sealer sealer, byte[] plain) {
    }

    /** Derives the key from the header's salt and cost and opens the file; a wrong passphrase or any change is refused. */
    static Opened open(byte[] file, char[] passphrase, Path name) {
        Header h = Header.parse(file, name);
        SecretKey key = derive(passphrase, h.salt, h.cost);
        byte[] plain = decrypt(file, h, key, name);
        return new Opened(new Sealer(key, h.salt.clone(), h.cost), plain);
    }

    /**
     * Opens a format-1 file from disk without holding it whole: the JDK's AES-GCM buffers a whole
     * ciphertext before it decrypts (the file, that buffer and the image: three times the
     * journal), Bouncy Castle's streams it into the image and checks the tag at the end, so only
     * the image is held. An image that fails the check is wiped before the refusal.
     */
    static Opened open(Path file, char[] passphrase) throws java.io.IOException {
        long size = Files.size(file);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes(HEADER_BYTES);
            byte[] probe = Arrays.copyOf(head, (int) Math.min(size, HEADER_BYTES + TAG_BITS / 8));
            Header h = Header.parse(probe, file);
            if (size - HEADER_BYTES - TAG_BITS / 8 > Integer.MAX_VALUE - 16) {
                throw damaged(file, "it is larger than a journal can be");
            }
            SecretKey key = derive(passphrase, h.salt, h.cost);
            byte[] plain = new byte[(int) (size - HEADER_BYTES - TAG_BITS / 8)];
            org.bouncycastle.crypto.modes.GCMModeCipher gcm = org.bouncycastle.crypto.modes.GCMBlockCipher.newInstance(
                    org.bouncycastle.crypto.engines.AESEngine.newInstance());
            gcm.init(false, new org.bouncycastle.crypto.params.AEADParameters(
                    new org.bouncycastle.crypto.params.KeyParameter(key.getEncoded()), TAG_BITS, h.nonce, head));
            byte[] buffer = new byte[CHUNK * 16];
            int at = 0;
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    at += gcm.processBytes(buffer, 0, n, plain, at);
                }
                gcm.doFinal(plain, at);
            } catch (org.bouncycastle.crypto.InvalidCipherTextException | org.bouncycastle.crypto.DataLengthException e) {
                Arrays.fill(plain, (byte) 0);
                throw wrong(file);
            }
            return new Opened(new Sealer(key, h.salt.clone(), h.cost), plain);
        }
    }

    /** The cost a sealed file was written with (read from its header; nothing is decrypted). */
    static Argon2Cost costOf(byte[] file, Path name) {
        return Header.parse(file, name).cost;
    }

    private static byte[] decrypt(byte[] file, Header h, SecretKey key, Path name) {
        if (file.length > WARM_UP_ABOVE) {
            warmUp();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, h.nonce));
            cipher.updateAAD(file, 0, HEADER_BYTES);
            return cipher.doFinal(file, HEADER_BYTES, file.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw wrong(name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static void warmUp() {
        try {
            SecretKey throwaway = new SecretKeySpec(new byte[KEY_BYTES], "AES");
            byte[] block = new byte[1 << 20];
            byte[] out = new byte[block.length + TAG_BITS / 8];
            for (int round = 0; round < 4; round++) {
                byte[] nonce = new byte[NONCE_BYTES];
                nonce[0] = (byte) round;
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, throwaway, new GCMParameterSpec(TAG_BITS, nonce));
                int written = 0;
                for (int at = 0; at < block.length; at += CHUNK) {
                    written += cipher.update(block, at, CHUNK, out, written);
                }
                cipher.doFinal(out, written);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static SecretKey derive(char[] passphrase, byte[] salt, Argon2Cost cost) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.passes())
                .withParallelism(cost.lanes())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] raw = new byte[KEY_BYTES];
        try {
            generator.generateBytes(passphrase, raw);
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static byte[] header(Argon2Cost cost, byte[] salt, byte[] nonce) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
        b.put(MAGIC).put((byte) VERSION).put((byte) KDF_ARGON2ID);
        b.putInt(cost.memoryKiB()).putInt(cost.passes()).putInt(cost.lanes());
        b.put((byte) salt.length).put(salt).put((byte) nonce.length).put(nonce);
        return b.array();
    }

    static JournalOpenException wrong(Path name) {
        return new JournalOpenException(Reason.WRONG_PASSPHRASE, I18n.t("security.wrongFor", String.valueOf(name.getFileName())));
    }

    private record Header(Argon2Cost cost, byte[] salt, byte[] nonce) {
        static Header parse(byte[] file, Path name) {
            if (file.length < HEADER_BYTES + TAG_BITS / 8 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
                throw damaged(name, "it is too short to hold a sealed journal");
            }
            ByteBuffer b = ByteBuffer.wrap(file, MAGIC.length, HEADER_BYTES - MAGIC.length);
            int version = b.get() & 0xff;
            if (version != VERSION) {
                throw new JournalOpenException(Reason.NEWER_VERSION, I18n.t("files.journal.sealedNewer",
                        String.valueOf(name.getFileName()), version));
            }
            int kdf = b.get() & 0xff;
            int memory = b.getInt();
            int passes = b.getInt();
            int lanes = b.getInt();
            Argon2Cost cost;
            try {
                cost = new Argon2Cost(memory, passes, lanes);
            } catch (IllegalArgumentException e) {
                throw damaged(name, "its key settings are out of range");
            }
            if (kdf != KDF_ARGON2ID || (b.get() & 0xff) != SALT_BYTES) {
                throw damaged(name, "its header is not one Rapport writes");
            }
            byte[] salt = new byte[SALT_BYTES];
            b.get(salt);
            if ((b.get() & 0xff) != NONCE_BYTES) {
                throw damaged(name, "its header is not one Rapport writes");
            }
            byte[] nonce = new byte[NONCE_BYTES];
            b.get(nonce);
            return new Header(cost, salt, nonce);
        }
    }

    private static JournalOpenException damaged(Path name, String why) {
        java.util.logging.Logger.getLogger(SealedFile.class.getName()).warning(() -> "Encrypted journal damaged: " + why);
        return new JournalOpenException(Reason.DAMAGED, I18n.t("files.journal.sealedDamaged", String.valueOf(name.getFileName())));
    }
}
