package org.pnpflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * PNP Flow: the case work of a Provincial Nominee Program unit, from receipt to archive.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PnpFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(PnpFlowApplication.class, args);
	}

}
