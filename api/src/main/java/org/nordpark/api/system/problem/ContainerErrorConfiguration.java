package org.nordpark.api.system.problem;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Replaces Tomcat's HTML error report with {@link ProblemErrorReportValve}, so that even
 * the requests Tomcat refuses before the api sees them get problem+json. Tomcat's
 * refusals themselves are unchanged ({@code server.tomcat.*} path and header rules stay
 * strict).
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport(JsonMapper json) {
		return new ProblemErrorReportCustomizer(json);
	}

	/**
	 * Runs after Boot's own Tomcat customizer, which adds a plain
	 * {@link ErrorReportValve} to the host; that one is taken out again.
	 */
	static final class ProblemErrorReportCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final JsonMapper json;

		ProblemErrorReportCustomizer(JsonMapper json) {
			this.json = json;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> install(context.getParent()));
		}

		private void install(Container host) {
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			// the host adds Tomcat's report valve on start unless one of this class is
			// there
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
			host.getPipeline().addValve(new ProblemErrorReportValve(this.json));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
