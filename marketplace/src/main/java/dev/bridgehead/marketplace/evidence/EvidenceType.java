package dev.bridgehead.marketplace.evidence;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document accepted as evidence, each recognised by the first bytes of its content. */
public enum EvidenceType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String contentType;
    private final byte[] signature;

    EvidenceType(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The type the bytes themselves show, whatever the file was called or declared to be. The
     * signature must open the content: a PDF signature further in (which readers tolerate) is
     * refused, so no file is both a PDF and something else.
     */
    public static Optional<EvidenceType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.opens(content)).findFirst();
    }

    /** The type whose content type this is, for documents read back from a store. */
    public static Optional<EvidenceType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    private boolean opens(byte[] content) {
        return content != null && content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
