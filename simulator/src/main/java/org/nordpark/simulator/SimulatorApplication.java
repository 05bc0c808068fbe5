package org.nordpark.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Nordpark simulator: A simulated Nordpark site publishing ChirpStack-shaped events. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class SimulatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(SimulatorApplication.class, args);
	}

}
