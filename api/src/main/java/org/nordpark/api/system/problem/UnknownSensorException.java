package org.nordpark.api.system.problem;

/** The requested sensor is not in the catalog (404). */
public class UnknownSensorException extends ApiProblemException {

	public UnknownSensorException(String sensorId) {
		super(ProblemType.UNKNOWN_SENSOR, "sensor " + sensorId + " is not in the catalog", "id");
	}

}
