package org.pnpflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Who may call what: our API and Camunda's REST API both authenticate against Camunda's
 * identity service, so a user has one name and password for Tasklist, our API and
 * {@code /engine-rest}. Two more filters close what Camunda leaves open: the Admin
 * webapp's first-user setup ({@link AdminSetupBlocker}) and task queries carrying
 * expressions ({@link QueryExpressionGuard}). They run before authentication, so they
 * refuse whoever asks, and before every filter of Camunda's webapps (which are mapped
 * after ours).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** After Spring's character encoding and request context filters. */
	private static final int BEFORE_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 1000;

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

	@Bean
	FilterRegistrationBean<AdminSetupBlocker> adminSetupBlocker(CamundaBpmProperties camunda) {
		FilterRegistrationBean<AdminSetupBlocker> registration = new FilterRegistrationBean<>(new AdminSetupBlocker());
		registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/setup/*");
		registration.setName("pnpAdminSetupBlocker");
		registration.setOrder(BEFORE_AUTHENTICATION);
		return registration;
	}

	@Bean
	FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(CamundaBpmProperties camunda) {
		String webapp = camunda.getWebapp().getApplicationPath();
		FilterRegistrationBean<QueryExpressionGuard> registration = new FilterRegistrationBean<>(
				new QueryExpressionGuard(webapp));
		registration.addUrlPatterns("/engine-rest/*", webapp + "/api/engine/*");
		registration.setName("pnpQueryExpressionGuard");
		registration.setOrder(BEFORE_AUTHENTICATION);
		return registration;
	}

}
