package org.pnpflow.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the audit trail listens: every call of our API, and the reads of task variables
 * through which Tasklist and the REST API show a task's personal data.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration implements WebMvcConfigurer {

	private final ApiAudit apiAudit;

	AuditConfiguration(ApiAudit apiAudit) {
		this.apiAudit = apiAudit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.apiAudit).addPathPatterns("/api/**");
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
