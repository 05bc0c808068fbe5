package org.nordpark.api.sta;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.problem.ProblemType;

/**
 * A SensorThings request that cannot be answered: an unknown path or entity (404) or a
 * bad query option (400), with the parameter and position when there is one.
 */
class StaException extends RuntimeException {

	private final ProblemType type;

	private final @Nullable String parameter;

	private final @Nullable Integer position;

	StaException(ProblemType type, String message, @Nullable String parameter, @Nullable Integer position) {
		super(message);
		this.type = type;
		this.parameter = parameter;
		this.position = position;
	}

	static StaException notFound(String message) {
		return new StaException(ProblemType.NOT_FOUND, message, null, null);
	}

	static StaException badPath(String message) {
		return new StaException(ProblemType.INVALID_PARAMETER, message, null, null);
	}

	static StaException badOption(String option, String message) {
		return new StaException(ProblemType.INVALID_PARAMETER, message, option, null);
	}

	ProblemType type() {
		return this.type;
	}

	@Nullable String parameter() {
		return this.parameter;
	}

	@Nullable Integer position() {
		return this.position;
	}

}
