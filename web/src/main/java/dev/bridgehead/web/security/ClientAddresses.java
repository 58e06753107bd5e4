package dev.bridgehead.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request really came from. Forwarded headers are believed only when the connection
 * comes from a trusted proxy ({@code bridgehead.trusted-proxies}, CIDRs such as
 * {@code 10.0.0.0/8}): then {@code X-Forwarded-For} is read from the right, skipping further
 * trusted proxies, and its first untrusted address is the client. Anyone else's forwarded headers
 * are ignored, so no client can choose the address that sign-in limits are kept for.
 */
@Singleton
public class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Cidr> trusted;

    ClientAddresses(@Value("${bridgehead.trusted-proxies:}") List<String> trustedProxies) {
        List<Cidr> ranges = new ArrayList<>();
        for (String range : trustedProxies) {
            if (!range.isBlank()) {
                ranges.add(Cidr.parse(range.strip()));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /** The client's address, as text. */
    public String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null) {
            return "unknown";
        }
        if (!isTrusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getAll(FORWARDED_FOR)) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /** Whether this request came straight from a trusted proxy, whose headers (a request id, say) may be believed. */
    public boolean fromTrustedProxy(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null && remote.getAddress() != null && isTrusted(remote.getAddress());
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An IP address written as a literal (with or without a port); never a host name to look up. */
    static Optional<InetAddress> literal(String text) {
        String value = text;
        if (value.startsWith("[") && value.contains("]")) {
            value = value.substring(1, value.indexOf(']'));
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':') && value.contains(".")) {
            value = value.substring(0, value.indexOf(':'));
        }
        if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A range of addresses such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a range of one. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("bridgehead.trusted-proxies: not an IP address: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("bridgehead.trusted-proxies: bad prefix length: " + text);
            }
            return new Cidr(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
