package org.pnpflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what: our API and Camunda's REST API both authenticate against Camunda's
 * identity service, so a user has one name and password for Tasklist, our API and
 * {@code /engine-rest}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(identity));
		registration.addUrlPatterns("/api/*");
		registration.setName("pnpApiAuthentication");
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addUrlPatterns("/engine-rest/*");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.setName("camundaEngineRestAuthentication");
		return registration;
	}

}
