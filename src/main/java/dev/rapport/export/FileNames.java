package dev.rapport.export;

/** File names made from client names: letters kept (any script), characters no file system likes replaced. */
final class FileNames {
    private FileNames() {
    }

    static String safe(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("\\s+", " ").strip();
        return s.length() > 120 ? s.substring(0, 120).strip() : s;
    }
}
