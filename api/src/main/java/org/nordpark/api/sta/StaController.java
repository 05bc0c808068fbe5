package org.nordpark.api.sta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.nordpark.api.system.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The read-only SensorThings API v1.1 at {@value #ROOT}. Bad paths answer 404, bad query
 * options 400, both as problem+json naming the problem (and for {@code $filter} its
 * position).
 */
@RestController
class StaController {

	static final String ROOT = "/sta/v1.1";

	static final String CONFORMANCE = "http://www.opengis.net/spec/iot_sensing/1.1/req/";

	static final String MQTT_RECEIVE = CONFORMANCE + "receive-updates-via-mqtt/receive-updates";

	private static final Logger log = LoggerFactory.getLogger(StaController.class);

	private final StaService service;

	private final StaProperties properties;

	StaController(StaService service, StaProperties properties) {
		this.service = service;
		this.properties = properties;
	}

	@GetMapping({ ROOT, ROOT + "/" })
	ResponseEntity<String> root(HttpServletRequest request) {
		List<String> conformance = new ArrayList<>(
				List.of(CONFORMANCE + "datamodel", CONFORMANCE + "resource-path/resource-path-to-entities",
						CONFORMANCE + "request-data", CONFORMANCE + "data-array/data-array"));
		Map<String, Object> settings = new LinkedHashMap<>();
		if (this.properties.mqttEnabled() && !this.properties.mqttEndpoint().isBlank()) {
			conformance.add(MQTT_RECEIVE);
			settings.put(MQTT_RECEIVE, Map.of("endpoints", List.of(this.properties.mqttEndpoint())));
		}
		settings.put("maxTop", this.properties.maxTop());
		return json(this.service.serviceRoot(base(request), conformance, settings));
	}

	@GetMapping(ROOT + "/**")
	ResponseEntity<String> resource(HttpServletRequest request) {
		String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
		String below = path.substring(ROOT.length() + 1);
		Map<String, String> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
		StaService.Answer answer = this.service.get(below, parameters, base(request));
		if (answer.text()) {
			return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body((String) answer.body());
		}
		return json(answer.body());
	}

	@ExceptionHandler(StaException.class)
	ResponseEntity<ProblemDetail> problem(StaException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(ex.type(), ex.getMessage(), request.getRequestURI());
		if (ex.parameter() != null) {
			problem.setProperty("parameter", ex.parameter());
		}
		if (ex.position() != null) {
			problem.setProperty("position", ex.position());
		}
		log.debug("SensorThings request rejected [path: {}, reason: {}]", request.getRequestURI(), ex.getMessage());
		return ResponseEntity.status(ex.type().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).path(ROOT).build().toUriString();
	}

	private static ResponseEntity<String> json(Object body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(StaJson.MAPPER.writeValueAsString(body));
	}

}
