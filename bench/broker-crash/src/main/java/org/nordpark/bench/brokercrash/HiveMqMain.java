package org.nordpark.bench.brokercrash;

import java.nio.file.Files;
import java.nio.file.Path;

import com.hivemq.embedded.EmbeddedHiveMQ;

/**
 * HiveMQ CE's embedded broker in a JVM of its own, so the probe can kill it: file
 * persistence in the given data folder, one TCP listener on 127.0.0.1. Arguments: data
 * folder, config folder, port.
 */
public final class HiveMqMain {

	private HiveMqMain() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		Path config = Path.of(args[1]);
		int port = Integer.parseInt(args[2]);
		Files.createDirectories(data);
		Files.createDirectories(config);
		// as the shipped mosquitto configs: queues without a bound that matters
		// (max_queued_messages 0), 1000 QoS 1 publishes in flight per client
		// (max_inflight_messages 1000; HiveMQ's default is 10)
		Files.writeString(config.resolve("config.xml"), """
				<?xml version="1.0"?>
				<hivemq>
				    <listeners>
				        <tcp-listener>
				            <port>%d</port>
				            <bind-address>127.0.0.1</bind-address>
				        </tcp-listener>
				    </listeners>
				    <mqtt>
				        <queued-messages>
				            <max-queue-size>10000000</max-queue-size>
				            <strategy>discard</strategy>
				        </queued-messages>
				        <receive-maximum>
				            <server-receive-maximum>1000</server-receive-maximum>
				        </receive-maximum>
				    </mqtt>
				    <persistence>
				        <mode>file</mode>
				    </persistence>
				    <anonymous-usage-statistics>
				        <enabled>false</enabled>
				    </anonymous-usage-statistics>
				</hivemq>
				""".formatted(port));
		EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
			.withConfigurationFolder(config)
			.withDataFolder(data)
			.withExtensionsFolder(config.resolve("extensions"))
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> hivemq.stop().join()));
		hivemq.start().join();
		System.out.println("HIVEMQ READY");
		Thread.currentThread().join();
	}

}
