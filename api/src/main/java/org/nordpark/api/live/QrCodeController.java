package org.nordpark.api.live;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The QR code of the live page's address for the excursion guide:
 * {@code nordpark.live.public-url} when set, otherwise the address the request came in
 * on.
 */
@RestController
class QrCodeController {

	static final String SVG = "image/svg+xml";

	private final LiveProperties properties;

	QrCodeController(LiveProperties properties) {
		this.properties = properties;
	}

	@GetMapping(path = "/live/qr.svg", produces = SVG)
	ResponseEntity<String> qrCode(HttpServletRequest request) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(QrCodeSvg.render(pageUrl(request)));
	}

	String pageUrl(HttpServletRequest request) {
		if (this.properties.publicUrl() != null) {
			return this.properties.publicUrl().toString();
		}
		return ServletUriComponentsBuilder.fromContextPath(request).path("/live/").build().toUriString();
	}

}
