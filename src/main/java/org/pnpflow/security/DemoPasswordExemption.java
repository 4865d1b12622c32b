package org.pnpflow.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets the demo accounts keep the short passwords the README publishes, while the
 * password policy ({@code enablePasswordPolicy}) holds for every other password.
 * <p>
 * With {@code pnp.demo.enabled}, the engine is built with the policy held back, so that
 * the administrator of the demo profile and {@link IdentitySetup}'s demo users are
 * created as configured; the policy is switched on as soon as all beans exist, before the
 * web server takes its first request. From then on every new user, and every changed
 * password (a demo user's included), must meet it. Without demo mode, as in production
 * ({@link ProductionSafety} refuses demo mode there), nothing is held back: the
 * administrator created at start-up must meet the policy too. An engine built only after
 * start-up gets no exemption at all.
 */
@Component
class DemoPasswordExemption extends AbstractProcessEnginePlugin implements SmartInitializingSingleton {

	private final boolean demo;

	private ProcessEngineConfigurationImpl heldBack;

	private boolean started;

	DemoPasswordExemption(@Value("${pnp.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (this.demo && !this.started && configuration.isEnablePasswordPolicy()) {
			configuration.setEnablePasswordPolicy(false);
			this.heldBack = configuration;
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.started = true;
		if (this.heldBack != null) {
			this.heldBack.setEnablePasswordPolicy(true);
			if (this.heldBack.getPasswordPolicy() == null) {
				this.heldBack.initPasswordPolicy();
			}
			this.heldBack = null;
		}
	}

}
