package dev.rapport.export.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.model.MailServer;
import dev.rapport.model.RapportException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;

/** The mail server could not be read: one sentence saying why and what to do, in the user's language. */
public final class MailServerException extends RapportException {
    /** What went wrong, each with its message. */
    public enum Problem {
        /** The server refused the user name or password. */
        LOGIN("mailServer.error.login"),
        /** No answer at that address and port. */
        UNREACHABLE("mailServer.error.unreachable"),
        /** The server's certificate is not trusted or not for this name: nothing was sent to it. */
        CERTIFICATE("mailServer.error.certificate"),
        /** STARTTLS was required and the server does not offer it: the password was not sent. */
        NO_TLS("mailServer.error.noTls"),
        /** A chosen folder is not on the server. */
        FOLDER("mailServer.error.folder"),
        /** No password was given, and none is kept. */
        NO_PASSWORD("mailServer.error.noPassword"),
        /** Anything else the server said. */
        OTHER("mailServer.error.other");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Problem problem;

    MailServerException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** No password to log in with. */
    public static MailServerException noPassword(MailServer server) {
        return new MailServerException(Problem.NO_PASSWORD, I18n.t(Problem.NO_PASSWORD.key(), server.user(), server.host()), null);
    }

    static MailServerException folder(MailServer server, String folder, Throwable cause) {
        return new MailServerException(Problem.FOLDER, I18n.t(Problem.FOLDER.key(), folder, server.host()), cause);
    }

    /** What a failure from Jakarta Mail means to the person; the server's own words are never shown (they may echo input). */
    static MailServerException of(MessagingException e, MailServer server) {
        String host = server.host();
        String port = Integer.toString(server.port());
        if (e instanceof AuthenticationFailedException) {
            return new MailServerException(Problem.LOGIN, I18n.t(Problem.LOGIN.key(), server.user(), host), e);
        }
        if (e instanceof FolderNotFoundException f) {
            return folder(server, f.getFolder() == null ? "" : f.getFolder().getFullName(), e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof java.security.cert.CertificateException
                    || String.valueOf(t.getMessage()).contains("verify identity of server")) {
                return new MailServerException(Problem.CERTIFICATE, I18n.t(Problem.CERTIFICATE.key(), host), e);
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return new MailServerException(Problem.UNREACHABLE, I18n.t(Problem.UNREACHABLE.key(), host, port), e);
            }
        }
        String said = e.getMessage() == null ? "" : e.getMessage().toUpperCase(Locale.ROOT);
        if (said.contains("STARTTLS")) {
            return new MailServerException(Problem.NO_TLS, I18n.t(Problem.NO_TLS.key(), host, port), e);
        }
        return new MailServerException(Problem.OTHER, I18n.t(Problem.OTHER.key(), host), e);
    }
}
