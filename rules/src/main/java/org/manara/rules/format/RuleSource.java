package org.manara.rules.format;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rules directory as a map from relative path ({@code policies/spam.yaml}, {@code
 * sets/words/scam_phrases_en.txt}) to content: the serialisable form of a rule set, published over
 * Kafka and loaded again anywhere without touching a file system. Line endings are normalised to
 * {@code \n} so the {@link #version() version} does not depend on the checkout.
 */
public record RuleSource(SortedMap<String, String> files) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The classpath folder the build copies the default pack into. */
    public static final String PACK_RESOURCE = "org/manara/rules/pack/";

    /**
     * The top-level files a rules directory may hold next to {@code policies/} and {@code sets/}.
     */
    public static final List<String> TOP_LEVEL_FILES =
            List.of("labels.yaml", "counters.yaml", "caps.yaml");

    public RuleSource {
        TreeMap<String, String> copy = new TreeMap<>();
        files.forEach((k, v) -> copy.put(k, v.replace("\r\n", "\n")));
        files = Collections.unmodifiableSortedMap(copy);
    }

    public static RuleSource of(Map<String, String> files) {
        return new RuleSource(new TreeMap<>(files));
    }

    /**
     * Reads the rule files of {@code dir}: the top-level YAML files and everything under {@code
     * policies/} and {@code sets/} (hidden files skipped). Other files (a README, a build file) are
     * not part of the rule set.
     */
    public static RuleSource fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(
                    new IOException("not a directory: " + dir.toAbsolutePath().normalize()));
        }
        TreeMap<String, String> files = new TreeMap<>();
        try {
            for (String name : TOP_LEVEL_FILES) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) {
                    files.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            for (String sub : List.of("policies", "sets")) {
                Path root = dir.resolve(sub);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.sorted().toList()) {
                        String rel = relative(dir, p);
                        if (Files.isRegularFile(p) && !isHidden(rel)) {
                            files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSource(files);
    }

    /** The default policy pack packaged in this jar. */
    public static RuleSource defaultPack() {
        return DefaultPack.SOURCE;
    }

    /**
     * The content hash of the set: the first 16 hex digits of SHA-256 over every path and content
     * in path order. Equal files give equal versions wherever they are loaded.
     */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : files.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
    }

    private static boolean isHidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads the packaged pack once, from a directory (tests, IDE) or from inside a jar. */
    private static final class DefaultPack {
        static final RuleSource SOURCE = load();

        private static RuleSource load() {
            URL url = RuleSource.class.getClassLoader().getResource(PACK_RESOURCE + "labels.yaml");
            if (url == null) {
                throw new IllegalStateException(
                        "the default rule pack is missing from the classpath ("
                                + PACK_RESOURCE
                                + ")");
            }
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    return fromJar(uri);
                }
                return fromDirectory(Path.of(uri).getParent());
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot read the default rule pack from " + url, e);
            }
        }

        private static RuleSource fromJar(URI uri) throws IOException {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                return fromDirectory(fs.getPath("/" + PACK_RESOURCE));
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        }
    }
}
