package org.pnpflow.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.pnpflow.process.Sha256;
import org.springframework.stereotype.Component;

/**
 * Writes and checks packages in the BagIt format (RFC 8493): the payload under
 * {@code data/}, a SHA-256 manifest of the payload, and a SHA-256 tag manifest of the
 * other files, so that anyone can check the package without this program.
 */
@Component
public class BagWriter {

	static final String MANIFEST = "manifest-sha256.txt";

	static final String TAG_MANIFEST = "tagmanifest-sha256.txt";

	private static final String DATA = "data/";

	/** A file of the payload: its path under {@code data/} and its bytes. */
	public record Entry(String path, byte[] content) {

		public Entry {
			if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")
					|| !path.chars().allMatch((c) -> c > 0x20 && c != '%' && c < 0x7f)) {
				throw new IllegalArgumentException("Not a safe payload path: " + path);
			}
		}

	}

	/**
	 * A package on disk.
	 *
	 * @param tagManifestSha256 the SHA-256 of the tag manifest, which covers the payload
	 * manifest and so every byte of the package: the package's checksum
	 */
	public record WrittenBag(Path directory, String tagManifestSha256, long payloadBytes, int payloadFiles) {
	}

	/**
	 * Writes the package next to the target first, then moves it into place in one step;
	 * an earlier package of the same name is replaced.
	 */
	public WrittenBag write(Path target, List<Entry> payload, Map<String, String> info) {
		Path incoming = target.resolveSibling("." + target.getFileName() + ".incoming-" + UUID.randomUUID());
		try {
			Files.createDirectories(incoming);
			Map<String, String> manifest = new TreeMap<>();
			long bytes = 0;
			for (Entry entry : payload) {
				if (manifest.containsKey(DATA + entry.path())) {
					throw new IllegalArgumentException("Two payload files named " + entry.path());
				}
				Path file = incoming.resolve(DATA + entry.path());
				Files.createDirectories(file.getParent());
				Files.write(file, entry.content());
				manifest.put(DATA + entry.path(), sha256(entry.content()));
				bytes += entry.content().length;
			}
			Files.createDirectories(incoming.resolve("data"));
			writeTag(incoming, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
			Map<String, String> bagInfo = new LinkedHashMap<>(info);
			bagInfo.put("Payload-Oxum", bytes + "." + payload.size());
			writeTag(incoming, "bag-info.txt", lines(bagInfo, ": "));
			writeTag(incoming, MANIFEST, manifestText(manifest));
			Map<String, String> tags = new TreeMap<>();
			for (String tag : List.of("bagit.txt", "bag-info.txt", MANIFEST)) {
				tags.put(tag, sha256(Files.readAllBytes(incoming.resolve(tag))));
			}
			String tagManifest = manifestText(tags);
			writeTag(incoming, TAG_MANIFEST, tagManifest);
			if (Files.exists(target)) {
				deleteTree(target);
			}
			Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
			return new WrittenBag(target, sha256(tagManifest.getBytes(StandardCharsets.UTF_8)), bytes, payload.size());
		}
		catch (IOException ex) {
			deleteQuietly(incoming);
			throw new UncheckedIOException("Could not write the package " + target, ex);
		}
	}

	/**
	 * Re-reads every file of the package and compares it with the manifests.
	 * @return what is wrong, empty when the package is whole
	 */
	public List<String> verify(Path bag) {
		List<String> problems = new ArrayList<>();
		try {
			if (!Files.isRegularFile(bag.resolve("bagit.txt"))) {
				return List.of(bag + " has no bagit.txt");
			}
			Map<String, String> tags = readManifest(bag.resolve(TAG_MANIFEST));
			Map<String, String> payload = readManifest(bag.resolve(MANIFEST));
			check(bag, tags, problems);
			check(bag, payload, problems);
			try (Stream<Path> files = Files.walk(bag.resolve("data"))) {
				files.filter(Files::isRegularFile)
					.map((file) -> bag.relativize(file).toString().replace('\\', '/'))
					.filter((name) -> !payload.containsKey(name))
					.forEach((name) -> problems.add(name + " is in the package but not in its manifest"));
			}
		}
		catch (IOException ex) {
			problems.add("could not read " + bag + ": " + ex.getMessage());
		}
		return problems;
	}

	/** The SHA-256 of the package's tag manifest as it is on disk now. */
	public String checksum(Path bag) {
		try {
			return sha256(Files.readAllBytes(bag.resolve(TAG_MANIFEST)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The package as one ZIP, its files under a folder of the package's name. */
	public void zip(Path bag, OutputStream out) {
		String root = bag.getFileName().toString() + "/";
		try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(bag)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				zip.putNextEntry(new ZipEntry(root + bag.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not zip the package " + bag, ex);
		}
	}

	void deleteTree(Path directory) throws IOException {
		Files.walkFileTree(directory, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}

		});
	}

	private void deleteQuietly(Path directory) {
		try {
			if (Files.exists(directory)) {
				deleteTree(directory);
			}
		}
		catch (IOException ex) {
			// left for the next run, which writes under a new name
		}
	}

	private static void check(Path bag, Map<String, String> manifest, List<String> problems) throws IOException {
		for (Map.Entry<String, String> listed : manifest.entrySet()) {
			Path file = bag.resolve(listed.getKey());
			if (!Files.isRegularFile(file)) {
				problems.add(listed.getKey() + " is listed but missing");
			}
			else if (!listed.getValue().equals(sha256(file))) {
				problems.add(listed.getKey() + " does not match its SHA-256");
			}
		}
	}

	private static Map<String, String> readManifest(Path manifest) throws IOException {
		Map<String, String> entries = new TreeMap<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				int space = line.indexOf(' ');
				entries.put(line.substring(space).strip(), line.substring(0, space));
			}
		}
		return entries;
	}

	private static void writeTag(Path bag, String name, String text) throws IOException {
		Files.writeString(bag.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static String manifestText(Map<String, String> checksums) {
		StringBuilder text = new StringBuilder();
		checksums.forEach((path, sum) -> text.append(sum).append("  ").append(path).append('\n'));
		return text.toString();
	}

	private static String lines(Map<String, String> values, String separator) {
		StringBuilder text = new StringBuilder();
		values.forEach((key, value) -> text.append(key)
			.append(separator)
			.append(value.replace('\n', ' ').replace('\r', ' '))
			.append('\n'));
		return text.toString();
	}

	private static String sha256(byte[] content) {
		return Sha256.of(content);
	}

	private static String sha256(Path file) throws IOException {
		return Sha256.of(file);
	}

}
