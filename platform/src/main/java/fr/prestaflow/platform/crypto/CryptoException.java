package fr.prestaflow.platform.crypto;

/** A value cannot be sealed or opened: a key is missing or wrong, or the stored bytes were altered. */
public class CryptoException extends IllegalStateException {

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
