package dev.bridgehead.marketplace.mail;

import dev.bridgehead.marketplace.account.UserRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends e-mail through an SMTP server, always upgraded with STARTTLS (a server that does not offer
 * it gets nothing), configured by environment:
 * {@code BRIDGEHEAD_MAIL_SMTP_HOST}, {@code _PORT} (587), {@code _USERNAME}, {@code _PASSWORD},
 * {@code BRIDGEHEAD_MAIL_FROM}. Messages leave from one background thread with bounded waits, so
 * a slow or absent mail server never holds a request; one that cannot be sent is logged.
 */
@Singleton
@Requires(property = "bridgehead.mail.smtp.host")
public class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    static final int QUEUE = 1000;
    static final String TIMEOUT_MILLIS = "10000";

    private final Session session;
    private final InternetAddress from;
    private final UserRepository users;
    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            runnable -> {
                Thread thread = new Thread(runnable, "smtp-sender");
                thread.setDaemon(true);
                return thread;
            });

    SmtpMailer(@Value("${bridgehead.mail.smtp.host}") String host,
               @Value("${bridgehead.mail.smtp.port:587}") int port,
               @Value("${bridgehead.mail.smtp.username:}") String username,
               @Value("${bridgehead.mail.smtp.password:}") String password,
               @Value("${bridgehead.mail.from:Bridgehead <noreply@bridgehead.example>}") String from,
               @Nullable @Value("${bridgehead.mail.smtp.ssl-trust:}") String sslTrust,
               UserRepository users) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (sslTrust != null && !sslTrust.isBlank()) {
            properties.put("mail.smtp.ssl.trust", sslTrust);
        }
        Authenticator authenticator = null;
        if (!username.isBlank()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username, password);
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
        this.from = new InternetAddress(from, true);
        this.users = users;
    }

    @Override
    public void send(Long organizationId, String subject, String text) {
        users.findConfirmedEmailsOfOrganization(organizationId).forEach(address -> sendTo(address, subject, text));
    }

    @Override
    public void sendTo(String address, String subject, String text) {
        try {
            sender.execute(() -> deliver(address, subject, text));
        } catch (RejectedExecutionException e) {
            LOG.error("E-mail to {} not sent: {} messages are already waiting for the mail server", address, QUEUE);
        }
    }

    private void deliver(String address, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.error("E-mail to {} ({}) could not be sent: {}", address, subject, e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(15, TimeUnit.SECONDS);
    }
}
