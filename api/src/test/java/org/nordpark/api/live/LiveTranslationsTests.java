package org.nordpark.api.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the page's translations: German and English have the same keys, every key the
 * page uses exists, and every sensor model, kind and field of the schema has
 * visitor-facing text.
 */
class LiveTranslationsTests {

	private static final Path STATIC = Path.of("src/main/resources/static/live");

	private static final Pattern ENTRY = Pattern.compile("^\\t'([^']+)': ", Pattern.MULTILINE);

	@Test
	void germanAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(keys("en")).isEqualTo(keys("de"));
	}

	@Test
	void everyKeyThePageUsesIsTranslated() throws IOException {
		Set<String> used = new TreeSet<>();
		collect(used, Files.readString(STATIC.resolve("index.html")), "data-i18n=\"([^\"]+)\"");
		collect(used, Files.readString(STATIC.resolve("index.html")), "data-i18n-attr=\"[^:\"]+:([^;\"]+)\"");
		try (Stream<Path> scripts = Files.list(STATIC.resolve("js"))) {
			for (Path script : scripts.toList()) {
				collect(used, Files.readString(script), "\\bt\\('([a-zA-Z.]+)'");
				collect(used, Files.readString(script), "'(plan\\.(?:zoomIn|zoomOut|overview))'");
			}
		}

		assertThat(used).contains("plan.title", "about.qr.alt", "detail.what", "plan.zoomIn");
		assertThat(keys("de")).containsAll(used);
	}

	@Test
	void everySensorModelKindAndFieldHasAVisitorText() throws IOException {
		Set<String> de = keys("de");
		for (SensorModel model : SensorModel.values()) {
			assertThat(de).contains("model." + model.id());
		}
		for (SensorKind kind : SensorKind.values()) {
			assertThat(de).contains("kind." + kind.id());
		}
		for (InfluxSchema.Measurement measurement : InfluxSchema.measurements()) {
			if (measurement != InfluxSchema.LINK) {
				measurement.fields().keySet().forEach((field) -> assertThat(de).contains("field." + field));
			}
		}
	}

	private static Set<String> keys(String language) throws IOException {
		String source = Files.readString(STATIC.resolve("js/i18n.js"));
		int start = source.indexOf("const " + language + " = {");
		int end = source.indexOf("\n};", start);
		Matcher matcher = ENTRY.matcher(source.substring(start, end));
		Set<String> keys = new TreeSet<>();
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		assertThat(keys).as(language + " translations").hasSizeGreaterThan(50);
		return keys;
	}

	private static void collect(Set<String> keys, String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
	}

}
