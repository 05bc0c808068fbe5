package org.nordpark.dashboards;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The value a template variable has for one run of the queries.
 *
 * @param name variable name
 * @param values selected values (for "All": every option)
 * @param all whether "All" is selected
 * @param allValue the variable's custom all value (e.g. {@code .*}), if any
 * @param multi whether the variable allows several values
 * @param includeAll whether the variable offers "All"
 */
record VariableValue(String name, List<String> values, boolean all, @Nullable String allValue, boolean multi,
		boolean includeAll) {

	VariableValue {
		values = List.copyOf(values);
	}

	/** One plain value of a single-value variable (custom, constant). */
	static VariableValue single(String name, String value) {
		return new VariableValue(name, List.of(value), false, null, false, false);
	}

	/** This variable with only one of its values selected. */
	VariableValue selecting(String value) {
		return new VariableValue(this.name, List.of(value), false, this.allValue, this.multi, this.includeAll);
	}

	@Override
	public String toString() {
		return this.name + "=" + (this.all ? "All" : String.join("+", this.values));
	}

}
