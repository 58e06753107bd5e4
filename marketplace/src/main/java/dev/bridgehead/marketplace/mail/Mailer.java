package dev.bridgehead.marketplace.mail;

/**
 * Sends e-mail. The default ({@link LogMailer}) writes each message to the log, so a demo or a
 * test on one machine sees what would be sent; {@link SmtpMailer} sends it through an SMTP server
 * when {@code bridgehead.mail.smtp.host} is set.
 */
public interface Mailer {

    /** Tells the organisation's members (those with a confirmed address) something; called after the change is committed. */
    void send(Long organizationId, String subject, String text);

    /** Sends a message to one address: a confirmation link, a password reset. */
    void sendTo(String address, String subject, String text);
}
