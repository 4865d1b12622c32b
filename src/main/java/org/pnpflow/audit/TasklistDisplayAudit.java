package org.pnpflow.audit;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.security.BasicCredentials;
import org.pnpflow.security.WebAppSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enters in the audit trail each time a task's personal data is shown to a member of
 * staff: Tasklist (and any client of {@code /engine-rest}) reading the variables of a
 * task that carries a case summary. The entry names the user, the file and the task. Only
 * answered reads are entered; the engine has already refused those the user may not make.
 */
class TasklistDisplayAudit extends OncePerRequestFilter {

	private static final Pattern TASK_VARIABLES = Pattern
		.compile("/task/([^/]+)/(form-variables|variables)(/" + ProcessVariables.CASE_SUMMARY + ")?(/data)?$");

	private final AuditTrail trail;

	private final JdbcTemplate jdbc;

	TasklistDisplayAudit(AuditTrail trail, JdbcTemplate jdbc) {
		this.trail = trail;
		this.jdbc = jdbc;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		Matcher task = TASK_VARIABLES.matcher(request.getRequestURI());
		if (!task.find() || response.getStatus() != HttpServletResponse.SC_OK) {
			return;
		}
		String taskId = task.group(1);
		List<String> files = this.jdbc.queryForList("""
				select e.business_key_ from act_ru_task t
				join act_ru_execution e on e.id_ = t.proc_inst_id_
				join act_ru_variable v on v.task_id_ = t.id_ and v.name_ = ?
				where t.id_ = ?
				""", String.class, ProcessVariables.CASE_SUMMARY, taskId);
		String user = userOf(request);
		if (files.isEmpty() || user == null) {
			return;
		}
		String taskName = this.jdbc.queryForObject("select name_ from act_ru_task where id_ = ?", String.class, taskId);
		this.trail.record(user, AuditAction.DISPLAY, files.get(0),
				"Task \"" + taskName + "\" (" + taskId + ") shown with the case summary, through "
						+ (request.getRequestURI().contains("/engine-rest/") ? "the REST API" : "Tasklist"),
				request.getRemoteAddr());
	}

	/**
	 * Tasklist's signed-in user from the session, or the HTTP Basic user of the REST API.
	 */
	private static String userOf(HttpServletRequest request) {
		return WebAppSession.userId(request)
			.or(() -> BasicCredentials.userId(request.getHeader("Authorization")))
			.orElse(null);
	}

}
