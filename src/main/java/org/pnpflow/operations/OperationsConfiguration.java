package org.pnpflow.operations;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards Spring Boot Actuator's endpoints under {@code /actuator} with
 * {@link ActuatorAccessFilter}. Which endpoints exist at all is set under
 * {@code management:} in {@code application.yaml}.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	@Bean
	FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(IdentityService identity) {
		FilterRegistrationBean<ActuatorAccessFilter> registration = new FilterRegistrationBean<>(
				new ActuatorAccessFilter(identity));
		registration.addUrlPatterns("/actuator", "/actuator/*");
		registration.setName("pnpActuatorAccess");
		return registration;
	}

}
