package org.nordpark.api.ops;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.nordpark.model.DeadLetter;

/**
 * Recent dead letters.
 *
 * @param since when this api instance started listening
 * @param counts dead letters per stage since then
 * @param deadLetters the newest first: stage, reason, topic, receivedAt, payloadBase64
 */
public record DeadLetterList(@Schema(example = "2025-03-12T08:00:00Z") Instant since,
		@Schema(example = "{\"bridge\":3}") Map<String, Long> counts, List<DeadLetter> deadLetters) {

}
