package dev.bridgehead.search.language;

import dev.bridgehead.marketplace.glossary.GlossaryChanged;
import dev.bridgehead.marketplace.glossary.GlossaryTerms;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The glossary search and matching translate with: the shipped terms with park staff's changes
 * applied, and the general dictionary. A change made on this node applies to the next search at
 * once; one made on another node once this node has checked the glossary's revision again, which it
 * does in the background every {@code bridgehead.glossary.check-interval} (2 s) and at start, so
 * that no search waits on the database. When the database cannot be asked, the glossary in hand
 * stays in use (the shipped one until a first read succeeds).
 */
@Singleton
public class TermBase {

    private static final Logger LOG = LoggerFactory.getLogger(TermBase.class);

    private final GlossaryTerms terms;
    private volatile Loaded loaded;

    private record Loaded(Glossary glossary, String revision) {
    }

    TermBase(GlossaryTerms terms) {
        this.terms = terms;
    }

    /** The glossary to translate with now: the shipped one until staff's changes have been read. */
    public Glossary current() {
        Loaded now = loaded;
        if (now == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = new Loaded(Glossary.shipped(), "");
                }
                now = loaded;
            }
        }
        return now.glossary();
    }

    @EventListener
    void onStart(StartupEvent event) {
        reloadIfChanged();
    }

    @EventListener
    void onChange(GlossaryChanged change) {
        reloadIfChanged();
    }

    @Scheduled(fixedDelay = "${bridgehead.glossary.check-interval:2s}", initialDelay = "${bridgehead.glossary.check-interval:2s}")
    void check() {
        reloadIfChanged();
    }

    /** Reads staff's changes again when the revision says they changed. */
    synchronized Loaded reloadIfChanged() {
        Loaded now = loaded;
        try {
            String revision = terms.revision();
            if (now == null || !revision.equals(now.revision())) {
                now = new Loaded(new Glossary(terms.effective(), GeneralDictionary.shipped()), revision);
            }
        } catch (RuntimeException e) {
            if (now == null || now.revision().isEmpty()) {
                LOG.warn("Cannot read the glossary's changes, translating with the shipped glossary until it can: {}", e.getMessage());
                now = new Loaded(now == null ? Glossary.shipped() : now.glossary(), "");
            }
        }
        loaded = now;
        return now;
    }
}
