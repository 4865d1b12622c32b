package org.pnpflow.pages;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The program's own pages, each a static page (no data in it) under
 * {@code static/<page>/} that signs in with Camunda's web-app login and reads our API:
 * the reports ({@code /dashboard/}), case files ({@code /case-files/}) and the team's
 * work ({@code /team/}).
 */
@Configuration(proxyBeanMethods = false)
class Pages implements WebMvcConfigurer {

	static final String[] PAGES = { "dashboard", "case-files", "team" };

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		for (String page : PAGES) {
			registry.addViewController("/" + page).setViewName("redirect:/" + page + "/");
			registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
		}
	}

}
