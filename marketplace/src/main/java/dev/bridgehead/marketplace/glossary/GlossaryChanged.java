package dev.bridgehead.marketplace.glossary;

/** Published on the node where staff changed the glossary, so that searches there use the change at once. */
public record GlossaryChanged(String revision) {
}
