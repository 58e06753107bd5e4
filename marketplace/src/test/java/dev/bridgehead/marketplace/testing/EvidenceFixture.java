package dev.bridgehead.marketplace.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small documents for tests of evidence: each kind accepted, and impostors. */
public final class EvidenceFixture {

    private EvidenceFixture() {
    }

    /** A minimal PDF; {@code text} makes each one different. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The PNG signature and the start of an IHDR chunk. */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }

    /** A JPEG's start-of-image and JFIF marker. */
    public static byte[] jpeg() {
        return new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
    }

    /** A web page, whatever it is called. */
    public static byte[] html() {
        return "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF of exactly {@code size} bytes (its header, then padding). */
    public static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] header = pdf("padded");
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return content;
    }
}
