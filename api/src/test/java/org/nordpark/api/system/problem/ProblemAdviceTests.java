package org.nordpark.api.system.problem;

import java.io.IOException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.validation.Validation;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAdviceTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(ProblemAdvice.class);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private final ProblemAdvice advice = new ProblemAdvice(Validation.buildDefaultValidatorFactory().getValidator(),
			new DefaultFormattingConversionService());

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/sensors");

	@BeforeEach
	void capture() {
		this.logged.start();
		this.logger.addAppender(this.logged);
		this.logger.setLevel(Level.DEBUG);
	}

	@AfterEach
	void release() {
		this.logger.detachAppender(this.logged);
		this.logger.setLevel(null);
	}

	@Test
	void answersNothingAndLogsAtDebugWhenTheClientWentAwayWhileTheAnswerWasWritten() {
		// what Spring MVC raised when wrk stopped with 200 requests in flight
		HttpMessageNotWritableException writing = new HttpMessageNotWritableException(
				"Could not write JSON: ServletOutputStream failed to write",
				new AsyncRequestNotUsableException("ServletOutputStream failed to write",
						new ClientAbortException(new IOException("Broken pipe"))));
		assertThat(this.advice.handleExceptionInternal(writing, null, new HttpHeaders(),
				HttpStatus.INTERNAL_SERVER_ERROR, new ServletWebRequest(this.request)))
			.isNull();
		assertThat(this.advice.unexpected(new ClientAbortException(new IOException("Connection reset by peer")),
				this.request))
			.isNull();
		assertThat(this.logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG, Level.DEBUG);
	}

	@Test
	void stillAnswers500AndLogsAnErrorForAFailureOfItsOwn() {
		assertThat(this.advice.unexpected(new IllegalStateException("a bug"), this.request).getStatusCode().value())
			.isEqualTo(500);
		assertThat(this.logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
	}

}
