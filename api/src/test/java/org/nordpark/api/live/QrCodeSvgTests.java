package org.nordpark.api.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeSvgTests {

	@Test
	void drawsACodeThatReadsBackAsThePageAddress() {
		String url = "https://nordpark.example/live/";

		String svg = QrCodeSvg.render(url);

		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
		assertThat(QrSvg.decode(svg)).isEqualTo(url);
	}

	@Test
	void keepsTheQuietZoneFreeOfModules() {
		String svg = QrCodeSvg.render("http://192.168.1.20:8080/live/");
		int size = QrCodeSvg.encode("http://192.168.1.20:8080/live/").getWidth();

		assertThat(svg).contains("viewBox=\"0 0 " + size + " " + size + "\"");
		assertThat(svg).doesNotContain("M0 ", "M1 ", "M2 ", "M3 ");
		assertThat(svg).containsPattern("M4 4h7");
	}

	@Test
	void encodesLongAddressesWithNonAsciiCharacters() {
		String url = "https://excursion.example/städte/nordpark/live/?lang=en&guide=Mönchengladbach-2025";

		assertThat(QrSvg.decode(QrCodeSvg.render(url))).isEqualTo(url);
	}

}
