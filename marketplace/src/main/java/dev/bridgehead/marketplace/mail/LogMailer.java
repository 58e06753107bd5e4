package dev.bridgehead.marketplace.mail;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link Mailer}: the message goes to the log, so a demo or a test sees what would be
 * sent. Each message is one log line (its line breaks written as " | "), so that text someone
 * typed cannot forge further lines.
 */
@Singleton
@Secondary
public class LogMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public void send(Long organizationId, String subject, String text) {
        LOG.info("E-mail to the members of organisation {}: {} — {}", organizationId, oneLine(subject), oneLine(text));
    }

    @Override
    public void sendTo(String address, String subject, String text) {
        LOG.info("E-mail to {}: {} — {}", oneLine(address), oneLine(subject), oneLine(text));
    }

    /** The text as one log line: line breaks written as " | ", other control characters as spaces. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\R", " | ").replaceAll("\\p{Cntrl}", " ");
    }
}
