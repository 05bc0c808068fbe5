package org.nordpark.api.system.problem;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.problem.ApiProblemException.ParameterError;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns what Spring MVC found wrong while binding a request (conversion failures and Bean
 * Validation violations) into the api's parameter errors: the parameter's name as in the
 * request and {@code '<text>' <reason>}, in the order of the request record's components,
 * so the first error (the problem's {@code parameter}) does not depend on the validator's
 * iteration order.
 */
final class BindingErrors {

	private static final int SHOWN_LENGTH = 40;

	private BindingErrors() {
	}

	/** The errors of a bound request object. */
	static List<ParameterError> of(Errors result, @Nullable Class<?> target) {
		List<String> order = componentNames(target);
		List<ParameterError> errors = new ArrayList<>();
		result.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt((FieldError error) -> rank(order, error.getField())))
			.forEach((error) -> errors.add(of(error)));
		for (ObjectError error : result.getGlobalErrors()) {
			errors.add(new ParameterError(error.getObjectName(), String.valueOf(error.getDefaultMessage())));
		}
		return errors;
	}

	/**
	 * Completes the errors of a request record that could not be constructed because a
	 * parameter did not convert: Spring MVC then checks no constraint of the other
	 * parameters, so they are checked here (converted as the binder would), and one 400
	 * names every invalid parameter.
	 */
	static void validateRemaining(Class<?> target, BindingResult result, HttpServletRequest request,
			Validator validator, ConversionService conversion) {
		if (!target.isRecord() || result.getTarget() != null) {
			return;
		}
		RecordComponent[] components = target.getRecordComponents();
		List<String> names = componentNames(target);
		for (int i = 0; i < components.length; i++) {
			String name = names.get(i);
			if (result.hasFieldErrors(name)) {
				continue;
			}
			String text = request.getParameter(name);
			Object value;
			try {
				value = (text != null) ? conversion.convert(text, components[i].getType()) : null;
			}
			catch (ConversionException ex) {
				continue;
			}
			for (ConstraintViolation<?> violation : validator.validateValue(target, components[i].getName(), value)) {
				result.addError(
						new FieldError(result.getObjectName(), name, text, false, null, null, violation.getMessage()));
			}
		}
	}

	/** The errors found by method validation of a handler's arguments. */
	static List<ParameterError> of(HandlerMethodValidationException ex) {
		List<ParameterError> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors bound) {
				errors.addAll(of(bound, result.getMethodParameter().getParameterType()));
				continue;
			}
			String name = String.valueOf(result.getMethodParameter().getParameterName());
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				errors.add(new ParameterError(name, text(result.getArgument(), error.getDefaultMessage())));
			}
		}
		return errors;
	}

	/** The error of one parameter whose text could not be converted. */
	static ParameterError of(String name, TypeMismatchException ex) {
		return new ParameterError(name, text(ex.getValue(), reason(ex)));
	}

	private static ParameterError of(FieldError error) {
		if (error.isBindingFailure() && error.contains(TypeMismatchException.class)) {
			return of(error.getField(), error.unwrap(TypeMismatchException.class));
		}
		return new ParameterError(error.getField(), text(error.getRejectedValue(), error.getDefaultMessage()));
	}

	private static String reason(TypeMismatchException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ParameterValueException value) {
				return value.getMessage();
			}
		}
		Class<?> type = ex.getRequiredType();
		if (type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class)) {
			return "must be a whole number";
		}
		return "is not a valid value";
	}

	private static String text(@Nullable Object value, @Nullable String message) {
		String reason = (message != null) ? message : "is not valid";
		if (value == null) {
			return reason;
		}
		String text = String.valueOf(value);
		String shown = (text.length() > SHOWN_LENGTH) ? text.substring(0, SHOWN_LENGTH) + "…" : text;
		return "'" + shown + "' " + reason;
	}

	/**
	 * The request names of a record's components in declaration order: the component
	 * name, or the {@link BindParam} name on the canonical constructor's parameter.
	 */
	private static List<String> componentNames(@Nullable Class<?> target) {
		if (target == null || !target.isRecord()) {
			return List.of();
		}
		RecordComponent[] components = target.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			Parameter[] parameters = target.getDeclaredConstructor(types).getParameters();
			List<String> names = new ArrayList<>();
			for (int i = 0; i < components.length; i++) {
				BindParam name = parameters[i].getAnnotation(BindParam.class);
				names.add((name != null) ? name.value() : components[i].getName());
			}
			return names;
		}
		catch (NoSuchMethodException ex) {
			return List.of();
		}
	}

	private static int rank(List<String> order, String name) {
		int index = order.indexOf(name);
		return (index >= 0) ? index : order.size();
	}

}
