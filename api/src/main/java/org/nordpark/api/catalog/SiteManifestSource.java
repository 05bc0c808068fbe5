package org.nordpark.api.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.ApiProperties;
import org.nordpark.model.site.SiteManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The optional site manifest ({@code nordpark.api.site-manifest}): zone names, types,
 * capacities and outlines, ways and sensor positions. A missing file means no site plan;
 * an invalid file stops the start-up with the reason.
 */
@Component
public class SiteManifestSource {

	private static final Logger log = LoggerFactory.getLogger(SiteManifestSource.class);

	private final Path file;

	private volatile @Nullable SiteManifest manifest;

	SiteManifestSource(ApiProperties properties) {
		this.file = properties.siteManifest();
		this.manifest = load(this.file);
	}

	/** The manifest, if a file was found. */
	public Optional<SiteManifest> manifest() {
		return Optional.ofNullable(this.manifest);
	}

	/**
	 * Reads the file again; keeps the previous manifest if it is now invalid.
	 * @throws IllegalArgumentException naming the problem if the file is invalid
	 */
	public Optional<SiteManifest> reload() {
		try {
			this.manifest = load(this.file);
		}
		catch (IllegalArgumentException ex) {
			log.error("site manifest not reloaded, keeping the previous one [reason: {}]", ex.getMessage());
			throw ex;
		}
		return manifest();
	}

	private static @Nullable SiteManifest load(Path file) {
		if (!Files.isRegularFile(file)) {
			log.info("no site manifest, serving without a site plan [file: {}]", file.toAbsolutePath());
			return null;
		}
		SiteManifest manifest = SiteManifest.load(file);
		log.info("site manifest loaded [file: {}, zones: {}, sensors: {}]", file, manifest.zones().size(),
				manifest.sensors().size());
		return manifest;
	}

}
