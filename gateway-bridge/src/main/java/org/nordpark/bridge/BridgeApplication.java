package org.nordpark.bridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Nordpark gateway-bridge: ChirpStack v4 MQTT events to normalized readings. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class BridgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(BridgeApplication.class, args);
	}

}
