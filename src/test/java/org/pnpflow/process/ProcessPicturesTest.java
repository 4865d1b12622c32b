package org.pnpflow.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every diagram has its picture in docs/images, drawn from the diagram as it is now: a
 * changed BPMN without a new picture fails here. Draw them again with
 * {@code cd docs/tools && npm ci && node render-diagrams.mjs}.
 */
class ProcessPicturesTest {

	@Test
	void everyProcessHasAnUpToDatePicture() throws IOException, NoSuchAlgorithmException {
		List<Path> diagrams;
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			diagrams = files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList();
		}
		assertThat(diagrams).isNotEmpty();
		for (Path diagram : diagrams) {
			String name = diagram.getFileName().toString();
			Path picture = Path.of("docs", "images", name.replace(".bpmn", ".svg"));
			assertThat(picture).as("the picture of %s", name).exists();
			String sha256 = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(diagram)));
			assertThat(Files.readString(picture))
				.as("%s was drawn from another version of %s: run cd docs/tools && npm ci && node render-diagrams.mjs",
						picture, name)
				.contains("sha256:" + sha256);
		}
	}

}
