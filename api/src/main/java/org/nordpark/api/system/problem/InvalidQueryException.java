package org.nordpark.api.system.problem;

import java.util.List;

/** One or more request parameters are invalid (400); names each of them. */
public class InvalidQueryException extends ApiProblemException {

	public InvalidQueryException(List<ParameterError> errors) {
		super(ProblemType.INVALID_PARAMETER, summary(errors), errors.get(0).parameter(), errors, null);
	}

	private static String summary(List<ParameterError> errors) {
		ParameterError first = errors.get(0);
		String more = (errors.size() > 1) ? " (and " + (errors.size() - 1) + " more)" : "";
		return "parameter '" + first.parameter() + "': " + first.message() + more;
	}

}
