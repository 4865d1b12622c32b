package org.pnpflow.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the audit trail listens: every call of our API, and the reads of task variables
 * through which Tasklist and the REST API show a task's personal data.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	FilterRegistrationBean<ApiAudit> apiAudit(AuditTrail trail) {
		FilterRegistrationBean<ApiAudit> registration = new FilterRegistrationBean<>(new ApiAudit(trail));
		registration.addUrlPatterns("/api/*");
		registration.setName("pnpApiAudit");
		return registration;
	}

	@Bean
	FilterRegistrationBean<TasklistDisplayAudit> tasklistDisplayAudit(AuditTrail trail, JdbcTemplate jdbc) {
		FilterRegistrationBean<TasklistDisplayAudit> registration = new FilterRegistrationBean<>(
				new TasklistDisplayAudit(trail, jdbc));
		registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
		registration.setName("pnpTasklistDisplayAudit");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

}
