package dev.bridgehead.web.i18n;

/** A return address that stays on this site: a path, never another host. */
final class LocalPath {

    private LocalPath() {
    }

    static String orHome(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 2000) {
            return "/";
        }
        boolean local = candidate.startsWith("/") && !candidate.startsWith("//") && !candidate.startsWith("/\\")
                && candidate.chars().noneMatch(c -> c < 0x20 || c == '\\');
        return local ? address(candidate) : "/";
    }

    /** The path as a valid address: as given when it is one, else with its illegal characters (a space, say) quoted. */
    private static String address(String path) {
        try {
            return java.net.URI.create(path).toASCIIString();
        } catch (IllegalArgumentException e) {
            int hash = path.indexOf('#');
            String fragment = hash < 0 ? null : path.substring(hash + 1);
            String rest = hash < 0 ? path : path.substring(0, hash);
            int question = rest.indexOf('?');
            try {
                return new java.net.URI(null, null, question < 0 ? rest : rest.substring(0, question), question < 0 ? null : rest.substring(question + 1),
                        fragment).toASCIIString();
            } catch (java.net.URISyntaxException unusable) {
                return "/";
            }
        }
    }
}
