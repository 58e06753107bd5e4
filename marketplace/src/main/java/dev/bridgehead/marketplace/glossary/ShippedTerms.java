package dev.bridgehead.marketplace.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The glossary shipped with Bridgehead, {@code glossary/park-glossary.tsv}: tab-separated english, chinese, sector, source. */
public final class ShippedTerms {

    static final String RESOURCE = "/glossary/park-glossary.tsv";
    private static volatile List<GlossaryTerm> shipped;

    private ShippedTerms() {
    }

    /** The shipped terms, read once. */
    public static List<GlossaryTerm> all() {
        List<GlossaryTerm> terms = shipped;
        if (terms == null) {
            try (InputStream in = ShippedTerms.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The glossary " + RESOURCE + " is missing from the classpath");
                }
                terms = read(in);
                shipped = terms;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the glossary " + RESOURCE, e);
            }
        }
        return terms;
    }

    /** How a shipped term is named in a change: {@code shipped:english=chinese}. */
    static String key(String english, String chinese) {
        return "shipped:" + english + "=" + chinese;
    }

    /** Terms from tab-separated lines; '#' comments and the header line are skipped. */
    static List<GlossaryTerm> read(InputStream in) throws IOException {
        List<GlossaryTerm> terms = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("english\t")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalStateException("Glossary line " + number + " needs an English and a Chinese term: " + line);
            }
            terms.add(GlossaryTerm.shipped(columns[0].strip().toLowerCase(Locale.ROOT), columns[1].strip(),
                    columns.length > 2 ? columns[2].strip() : "", columns.length > 3 ? columns[3].strip() : ""));
        }
        return List.copyOf(terms);
    }
}
