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
        return local ? candidate : "/";
    }
}
