package org.nordpark.simulator;

import org.nordpark.mqtt.MqttSettings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Nordpark simulator: a simulated Nordpark site publishing ChirpStack-shaped events. The
 * command line is read by {@link SimulatorCommand} ({@code --help} lists the options);
 * Spring properties such as {@code --nordpark.mqtt.broker-uri=...} pass through.
 */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
@EnableConfigurationProperties(MqttSettings.class)
public class SimulatorApplication {

	public static void main(String[] args) {
		String[] springArgs = SimulatorCommand.parse(args);
		if (springArgs == null) {
			return; // --help or --version was printed
		}
		SpringApplication.run(SimulatorApplication.class, springArgs);
	}

}
