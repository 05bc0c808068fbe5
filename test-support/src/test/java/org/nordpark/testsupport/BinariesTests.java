package org.nordpark.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BinariesTests {

	@Test
	void aMissingBinaryNamesTheDebianPackageAndTheInstallCommand() {
		assertThatIllegalStateException().isThrownBy(() -> Binaries.find("nordpark-no-such-server", "nordpark-pkg"))
			.withMessageContaining("install the Debian package `nordpark-pkg`")
			.withMessageContaining("apt-get install -y nordpark-pkg");
	}

}
