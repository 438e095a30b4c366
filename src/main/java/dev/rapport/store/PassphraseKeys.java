package dev.rapport.store;

import javax.crypto.SecretKey;

/**
 * The encrypted journal's key derivation (Argon2id, see {@link SealedFile}) for the other sealed
 * files of a journal, such as the sync folder's: one derivation and one cost policy for all.
 */
public final class PassphraseKeys {
    private PassphraseKeys() {
    }

    /** The AES-256 key a passphrase derives with this salt and cost. */
    public static SecretKey derive(char[] passphrase, byte[] salt, Argon2Cost cost) {
        return SealedFile.derive(passphrase, salt, cost);
    }

    /** The cost a key made now is derived with (the same as a newly sealed journal's). */
    public static Argon2Cost costForNew() {
        return Argon2Cost.forNewJournals();
    }
}
