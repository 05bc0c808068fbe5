package org.nordpark.api.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nordpark.api.system.ApiProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SiteManifestSourceTests {

	@Test
	void readsTheDemoSiteManifest() {
		Path demo = Path.of("../config/nordpark-site.yaml");
		assertThat(demo).exists();
		SiteManifestSource source = new SiteManifestSource(properties(demo));
		assertThat(source.manifest()).hasValueSatisfying((manifest) -> {
			assertThat(manifest.site().simulated()).isTrue();
			assertThat(manifest.zones()).isNotEmpty();
			assertThat(manifest.sensors()).isNotEmpty();
		});
	}

	@Test
	void treatsAMissingFileAsNoSitePlan() {
		assertThat(new SiteManifestSource(properties(Path.of("no/such/site.yaml"))).manifest()).isEmpty();
	}

	@Test
	void keepsThePreviousManifestWhenTheFileBecomesInvalid() throws Exception {
		Path file = Files.createTempFile("site", ".yaml");
		Files.copy(Path.of("src/test/resources/site/test-site.yaml"), file,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		SiteManifestSource source = new SiteManifestSource(properties(file));
		Files.writeString(file, "zones: [ { id: 'bad label!' } ]");
		assertThatIllegalArgumentException().isThrownBy(source::reload).withMessageContaining("invalid site manifest");
		assertThat(source.manifest()).hasValueSatisfying((m) -> assertThat(m.zones()).hasSize(2));
		Files.delete(file);
	}

	private static ApiProperties properties(Path manifest) {
		return new ApiProperties(null, manifest, Duration.ofSeconds(1), 10,
				new ApiProperties.Cors(List.of("*"), Duration.ofMinutes(30)));
	}

}
