package org.pnpflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops a production start whose configuration would open the system to anyone who has
 * read our README: demo users (one per role, all with the same published password), or an
 * administrator without a password of its own. Camunda's starter would create the
 * administrator with an empty password when {@code PNP_ADMIN_PASSWORD} is unset, and with
 * its id as password when the property is missing.
 * <p>
 * The check runs before any bean is created, so a refused start never reaches the
 * database, and says which setting to change.
 */
@Component
@Profile("prod")
class ProductionSafety implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Refusing to start with the prod profile: " + String.join("; ", problems) + ".");
		}
	}

	private List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.environment.getProperty("pnp.demo.enabled", Boolean.class, false)) {
			problems.add("pnp.demo.enabled is true, which creates demo users with a known password "
					+ "(remove it from the configuration)");
		}
		String admin = this.environment.getProperty("camunda.bpm.admin-user.id", "");
		String password = this.environment.getProperty("camunda.bpm.admin-user.password", "");
		if (admin.isBlank()) {
			problems.add("camunda.bpm.admin-user.id is empty (set PNP_ADMIN_USER)");
		}
		else if (password.isBlank()) {
			problems.add("the administrator '" + admin + "' has no password (set PNP_ADMIN_PASSWORD)");
		}
		else {
			UserEntity user = new UserEntity(admin);
			List<String> unmet = new ArrayList<>();
			for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
				if (!rule.execute(password, user)) {
					unmet.add(rule.getPlaceholder() + ((rule.getParameters() != null) ? rule.getParameters() : ""));
				}
			}
			if (!unmet.isEmpty()) {
				problems.add("PNP_ADMIN_PASSWORD does not meet the password policy (at least 10 characters, with a "
						+ "lower-case and an upper-case letter, a digit and a symbol, and not containing the user id); "
						+ "unmet: " + unmet);
			}
		}
		return problems;
	}

}
