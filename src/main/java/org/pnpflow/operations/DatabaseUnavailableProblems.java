package org.pnpflow.operations;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pnpflow.security.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that fails because the database cannot be reached answers 503 as problem+json
 * with a {@code Retry-After} ({@link DatabaseOutage}), whichever controller it reached
 * and whatever wraps the failure: a transaction that could not begin, a repository or
 * JDBC call on a cut connection, or the process engine's own persistence error. It runs
 * before the resolver that holds the {@code @ExceptionHandler} advices, so it wins over
 * the controller-scoped ones ({@code ApiProblems}, {@code RegisterProblems},
 * {@code ArchiveProblems}: all {@code HIGHEST_PRECEDENCE} among advices); any other
 * failure it leaves to them untouched. An advice could not do that: the first advice with
 * a matching {@code @ExceptionHandler} type takes the exception, and the types an outage
 * arrives in (a {@code DataAccessException}, a {@code ProcessEngineException}) are also
 * those of failures the scoped advices answer, such as a duplicate register entry.
 */
@Component
class DatabaseUnavailableProblems implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableProblems.class);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (response.isCommitted() || !DatabaseOutage.isCause(failure)) {
			return null;
		}
		log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(),
				request.getRequestURI(), failure.toString());
		try {
			DatabaseOutage.answer(request, response);
		}
		catch (IOException clientGone) {
			log.debug("Could not write the 503 answer", clientGone);
		}
		return new ModelAndView();
	}

}
