package org.pnpflow.archive;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where archive packages are written, bound from {@code pnp.archive.*}. How long a file
 * stays live before it is archived is {@code pnp.retention.*}.
 */
@ConfigurationProperties("pnp.archive")
public class ArchiveProperties {

	/**
	 * The directory that receives one BagIt package per archived file, named by its file
	 * number. In production, storage the provincial archives collect from.
	 */
	private Path directory = Path.of("data", "archive");

	public Path getDirectory() {
		return this.directory;
	}

	public void setDirectory(Path directory) {
		this.directory = directory;
	}

}
