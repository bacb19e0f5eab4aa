package org.ccgsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Output folders are never silently overwritten, and a user's files are never deleted: every
 * folder ccgsim makes gets a marker file before anything else, and {@code --force} replaces only
 * a folder that carries it (or a ccgsim manifest) and holds nothing but what ccgsim writes.
 */
public final class OutputFolders {
    private OutputFolders() {}

    /** Written first in every output folder: the sign that ccgsim made it. */
    public static final String MARKER = ".ccgsim-output";

    /** What ccgsim writes into a folder; a file of any other kind is the user's, and stops --force. */
    private static final Set<String> OUR_EXTENSIONS = Set.of("csv", "json", "yaml", "png", "svg", "html", "md", "txt", "css", "journal", "gz");

    /** The default folder: output/&lt;scenario&gt;-&lt;yyyyMMdd-HHmmss&gt;. */
    public static Path defaultFor(String scenarioName) {
        String slug = scenarioName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-$", "");
        if (slug.isEmpty()) slug = "run";
        return Path.of("output", slug + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    /**
     * Creates {@code dir} with its marker. An existing, non-empty folder is refused unless
     * {@code force} and it is a folder ccgsim made; paths that could only be a mistake (empty, the
     * current folder or one containing it, the root, home) are always refused.
     */
    public static void prepare(Path dir, boolean force) throws IOException {
        refuseDangerous(dir);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(dir)) throw new OutputFolderException(shown(dir) + " is a symbolic link; give a new folder with --out");
            if (!Files.isDirectory(dir)) throw new OutputFolderException(shown(dir) + " is a file, not a folder; give a new folder with --out");
            boolean empty;
            try (var s = Files.list(dir)) { empty = s.findAny().isEmpty(); }
            if (!empty) {
                if (!force) throw new FolderExistsException(dir);
                String why = whyNotOurs(dir);
                if (why != null) {
                    throw new OutputFolderException("--force replaces only a folder ccgsim made, and " + shown(dir) + " " + why
                            + "; nothing was deleted. Give a new folder with --out");
                }
                deleteContents(dir);
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new OutputFolderException("cannot make output folder " + shown(dir) + ": a file is in the way");
        }
        try {
            Files.writeString(dir.resolve(MARKER), "ccgsim output folder: 'ccgsim ... --force' may replace it\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            Files.deleteIfExists(dir.resolve(MARKER));
            try (var s = Files.list(dir)) { if (s.findAny().isEmpty()) Files.deleteIfExists(dir); }
            throw e;
        }
    }

    /** scenario.yaml: the scenario as run, every default filled in. */
    public static void writeScenario(Path dir, String resolvedYaml) throws IOException {
        Files.writeString(dir.resolve("scenario.yaml"), resolvedYaml, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Refuses paths that cannot sensibly be an output folder to create or replace. */
    public static void refuseDangerous(Path dir) throws OutputFolderException {
        String text = dir.toString();
        if (text.isBlank()) throw new OutputFolderException("--out is empty; give a new folder name");
        Path abs = dir.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (abs.getParent() == null) throw new OutputFolderException("--out " + shown(dir) + " is the root of the file system; give a new folder");
        if (cwd.startsWith(abs)) throw new OutputFolderException("--out " + shown(dir) + " is the current folder or contains it; give a new folder");
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && Path.of(home).toAbsolutePath().normalize().startsWith(abs)) {
            throw new OutputFolderException("--out " + shown(dir) + " is the home folder or contains it; give a new folder");
        }
        Path name = abs.getFileName();
        if (name != null && name.toString().getBytes(StandardCharsets.UTF_8).length > 255) {
            throw new OutputFolderException("--out: the folder name is longer than 255 bytes, more than file systems allow");
        }
    }

    /** Null when {@code dir} is a folder ccgsim made holding only ccgsim's files; otherwise why not. */
    static String whyNotOurs(Path dir) throws IOException {
        boolean marked = Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isCcgsimManifest(dir.resolve("manifest.json"));
        if (!marked) return "has no ccgsim marker or manifest";
        List<Path> all;
        try (var walk = Files.walk(dir)) { all = walk.toList(); }
        for (Path p : all) {
            if (p.equals(dir)) continue;
            if (Files.isSymbolicLink(p)) return "holds a symbolic link";
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
            String name = p.getFileName().toString();
            if (name.equals(MARKER)) continue;
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !OUR_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                return "holds a file ccgsim does not write (" + shown(dir.relativize(p)) + ")";
            }
        }
        return null;
    }

    private static boolean isCcgsimManifest(Path manifest) {
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            return "ccgsim".equals(Json.mapper().readTree(manifest.toFile()).path("tool").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(dir)) Files.delete(p);
        }
    }

    /** Deletes a folder this run prepared, after the run failed; only a folder carrying ccgsim's marker. */
    public static void discard(Path dir) {
        try {
            if (!Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) return;
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: without a manifest the folder is not a complete run anyway
        }
    }

    /** A path for a message: at most 60 characters, and nothing a terminal would interpret. */
    public static String shown(Path p) {
        return org.ccgsim.scenario.Excerpt.of(p.toString());
    }

    /** An output folder that cannot or must not be used: bad input, not a fault. */
    public static class OutputFolderException extends IOException {
        public OutputFolderException(String message) { super(message); }
    }

    /** Raised when a run would overwrite an earlier one. */
    public static final class FolderExistsException extends OutputFolderException {
        public FolderExistsException(Path dir) {
            super("output folder " + shown(dir) + " already exists; choose another with --out or pass --force to replace it");
        }
    }
}
