package org.nordpark.simulator.scenario;

/** Which days are match days. */
public enum ScenarioChoice {

	/** Saturdays are match days, every other day is a normal day. */
	AUTO,

	/** Every day is a normal day. */
	NORMAL,

	/** Every day is a match day. */
	MATCH_DAY

}
