package dev.bridgehead.marketplace.curation;

/**
 * Sends e-mail about matches. The default writes each message to the log; a deployment replaces
 * the bean with one that talks to its mail service.
 */
public interface Mailer {

    /** Tells the organisation's members that a match moved; called after the change is committed. */
    void send(Long organizationId, String subject, String text);
}
