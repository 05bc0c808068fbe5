package org.nordpark.api.ops;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.mqtt.MqttMessageHandler;
import org.nordpark.api.system.ApiProperties;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.InvalidMessageException;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The most recent dead letters ({@code nordpark/v1/deadletter/#}) since this api instance
 * started, bounded by {@code nordpark.api.dead-letter-capacity}, with counts per stage.
 */
@Component
class DeadLetterLog implements MqttMessageHandler {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterLog.class);

	private final Deque<DeadLetter> recent = new ArrayDeque<>();

	private final Map<String, Long> counts = new TreeMap<>();

	private final int capacity;

	private final Instant since = Instant.now();

	DeadLetterLog(ApiProperties properties) {
		this.capacity = Math.max(1, properties.deadLetterCapacity());
	}

	@Override
	public String filter() {
		return Topics.DEAD_LETTERS_ALL;
	}

	@Override
	public void handle(String topic, byte[] payload, boolean retained) {
		DeadLetter letter;
		try {
			letter = ModelJson.readDeadLetter(payload);
		}
		catch (InvalidMessageException ex) {
			log.debug("ignored invalid dead letter [topic: {}, reason: {}]", topic, ex.getMessage());
			return;
		}
		synchronized (this) {
			if (this.recent.size() >= this.capacity) {
				this.recent.pollLast();
			}
			this.recent.addFirst(letter);
			this.counts.merge(letter.stage(), 1L, Long::sum);
		}
	}

	/** The newest dead letters first, optionally of one stage. */
	synchronized List<DeadLetter> recent(@Nullable String stage, int limit) {
		List<DeadLetter> out = new ArrayList<>();
		Iterator<DeadLetter> it = this.recent.iterator();
		while (it.hasNext() && out.size() < limit) {
			DeadLetter letter = it.next();
			if (stage == null || stage.equals(letter.stage())) {
				out.add(letter);
			}
		}
		return out;
	}

	synchronized Map<String, Long> counts() {
		return new TreeMap<>(this.counts);
	}

	Instant since() {
		return this.since;
	}

}
