package dev.bridgehead.marketplace.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The network a request came from, as limits count it: an IPv4 address as it is, an IPv6 address
 * by its /64 (one subscriber's whole network, which a single attacker holds), anything else as
 * "unknown".
 */
final class NetworkAddresses {

    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private NetworkAddresses() {
    }

    static String key(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String text = address.strip().toLowerCase(Locale.ROOT);
        if (!IPV6.matcher(text).matches()) {
            return text;
        }
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            if (bytes.length != 16) {
                return text;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
