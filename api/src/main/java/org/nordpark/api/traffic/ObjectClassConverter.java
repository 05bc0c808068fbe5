package org.nordpark.api.traffic;

import org.nordpark.api.system.problem.ParameterValueException;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Converts the {@code class} parameter; an unknown class names the accepted ones. */
@Component
class ObjectClassConverter implements Converter<String, ObjectClass> {

	@Override
	public ObjectClass convert(String source) {
		return ObjectClass.fromId(source)
			.orElseThrow(() -> new ParameterValueException("must be one of " + String.join(", ", ObjectClass.ids())));
	}

}
