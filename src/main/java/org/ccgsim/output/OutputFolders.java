package org.ccgsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/** Output folders are never silently overwritten. */
public final class OutputFolders {
    private OutputFolders() {}

    /** The default folder: output/&lt;scenario&gt;-&lt;yyyyMMdd-HHmmss&gt;. */
    public static Path defaultFor(String scenarioName) {
        String slug = scenarioName.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) slug = "run";
        return Path.of("output", slug + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    /** Creates {@code dir}; an existing, non-empty folder is refused unless {@code force}, which empties it first. */
    public static void prepare(Path dir, boolean force) throws IOException {
        if (Files.exists(dir)) {
            boolean empty;
            try (var s = Files.list(dir)) { empty = s.findAny().isEmpty(); }
            if (!empty) {
                if (!force) throw new FolderExistsException(dir);
                try (var walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(dir)) Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }

    /** scenario.yaml: the scenario as run, every default filled in. */
    public static void writeScenario(Path dir, String resolvedYaml) throws IOException {
        Files.writeString(dir.resolve("scenario.yaml"), resolvedYaml, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Deletes a folder this run prepared, after the run failed. */
    public static void discard(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: without a manifest the folder is not a complete run anyway
        }
    }

    /** Raised when a run would overwrite an earlier one. */
    public static final class FolderExistsException extends IOException {
        public FolderExistsException(Path dir) {
            super("output folder " + dir + " already exists; choose another with --out or pass --force to replace it");
        }
    }
}
