package dev.bridgehead.marketplace.testing;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server on loopback (SubEthaSMTP) that accepts mail only after STARTTLS, with a
 * certificate made for 127.0.0.1 when it starts. Tests wait for each message on a queue.
 */
public final class TlsMailServer implements AutoCloseable {

    private static final String STORE_PASSWORD = "changeit";
    private final BlockingQueue<MimeMessage> received = new LinkedBlockingQueue<>();
    private final List<MimeMessage> all = new ArrayList<>();
    private final SMTPServer server;
    private final int port;

    private TlsMailServer(SSLContext tls, int port) {
        this.port = port;
        SimpleMessageListener listener = new SimpleMessageListener() {
            @Override
            public boolean accept(String from, String recipient) {
                return true;
            }

            @Override
            public void deliver(String from, String recipient, InputStream data) throws IOException {
                try {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(data.readAllBytes()));
                    synchronized (all) {
                        all.add(message);
                    }
                    received.add(message);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IOException(e);
                }
            }
        };
        this.server = SMTPServer.port(port).bindAddress(InetAddress.getLoopbackAddress()).simpleMessageListener(listener)
                .enableTLS().requireTLS().startTlsSocketFactory(tls).build();
    }

    /** Starts a server on a free loopback port. */
    public static TlsMailServer start() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();
            socket.close();
            TlsMailServer mail = new TlsMailServer(selfSigned(), port);
            mail.server.start();
            return mail;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The settings that send Bridgehead's mail here, with links pointing at {@code http://bridgehead.test}. */
    public java.util.Map<String, String> applicationProperties() {
        return java.util.Map.of("bridgehead.mail.smtp.host", "127.0.0.1", "bridgehead.mail.smtp.port", String.valueOf(port),
                "bridgehead.mail.smtp.ssl-trust", "127.0.0.1", "bridgehead.public-url", "http://bridgehead.test");
    }

    /** The next message delivered, waiting up to ten seconds for it; null when none came. */
    public MimeMessage next() throws InterruptedException {
        return received.poll(10, TimeUnit.SECONDS);
    }

    /** Every message delivered so far. */
    public List<MimeMessage> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    public void clear() {
        received.clear();
        synchronized (all) {
            all.clear();
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A key and certificate for 127.0.0.1, made with the JDK's keytool. */
    private static SSLContext selfSigned() {
        try {
            Path dir = Files.createTempDirectory("smtp-tls");
            Path store = dir.resolve("smtp.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smtp", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, STORE_PASSWORD.toCharArray());
            }
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, STORE_PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            Files.delete(store);
            Files.delete(dir);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make a certificate for the test mail server: " + e.getMessage(), e);
        }
    }
}
