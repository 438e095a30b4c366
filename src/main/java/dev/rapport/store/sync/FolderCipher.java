package dev.rapport.store.sync;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-256-GCM under the folder's key: one sealed piece at a time, with its nonce and associated data. */
final class FolderCipher {
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    FolderCipher(SecretKey key) {
        this.key = key;
    }

    /** The plain bytes sealed: ciphertext and tag. */
    byte[] seal(byte[] nonce, byte[] aad, byte[] plain, int from, int length) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.updateAAD(aad);
            return cipher.doFinal(plain, from, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes, or null when the tag does not match (a wrong key, or a changed byte). */
    byte[] open(byte[] nonce, byte[] aad, byte[] sealed, int from, int length) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, from, length);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        return cipher;
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}
