package org.nordpark.api.system.problem;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A problem to report as problem+json: its kind, a human detail, the offending parameter
 * (if one) and extra members such as the limit that was exceeded.
 */
public class ApiProblemException extends RuntimeException {

	private final ProblemType type;

	private final @Nullable String parameter;

	private final List<ParameterError> errors;

	private final @Nullable Object limit;

	public ApiProblemException(ProblemType type, String detail, @Nullable String parameter) {
		this(type, detail, parameter, (parameter != null) ? List.of(new ParameterError(parameter, detail)) : List.of(),
				null);
	}

	public ApiProblemException(ProblemType type, String detail, @Nullable String parameter, List<ParameterError> errors,
			@Nullable Object limit) {
		super(detail);
		this.type = type;
		this.parameter = parameter;
		this.errors = List.copyOf(errors);
		this.limit = limit;
	}

	public ProblemType type() {
		return this.type;
	}

	public @Nullable String parameter() {
		return this.parameter;
	}

	public List<ParameterError> errors() {
		return this.errors;
	}

	public @Nullable Object limit() {
		return this.limit;
	}

	/**
	 * One invalid parameter.
	 *
	 * @param parameter the parameter name as in the request
	 * @param message what is wrong and what is accepted
	 */
	public record ParameterError(String parameter, String message) {

	}

}
