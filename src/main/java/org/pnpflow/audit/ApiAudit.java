package org.pnpflow.audit;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pnpflow.security.ApiUser;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Enters every answered call of our API in the audit trail once the answer is sent: a
 * read of a file, a change, a download of a letter, document or certificate, a report or
 * export, and a refusal for the caller's role. A refused call leaves only its refusal; a
 * call that failed for bad input or an unknown file changed and showed nothing, and
 * leaves nothing. Legal holds and access requests are entered by their own services, with
 * more detail, and so are openings and searches of case files.
 */
class ApiAudit extends OncePerRequestFilter {

	private static final Pattern FILE = Pattern
		.compile("^/api/(?:applications|case-files)/(?!by-task/|search)([^/?]+)");

	private final AuditTrail trail;

	ApiAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, held);
			enter(request, held);
		}
		finally {
			held.copyBodyToResponse();
		}
	}

	private void enter(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		ApiUser user = ApiUser.find(request).orElse(null);
		int status = response.getStatus();
		if (user == null || path.startsWith("/api/public/") || path.startsWith("/api/access-requests")
				|| path.contains("/legal-holds") || isDescription(path)) {
			return;
		}
		AuditAction action = status == HttpServletResponse.SC_FORBIDDEN ? AuditAction.DENIED
				: status >= 200 && status < 300 ? actionOf(request.getMethod(), path) : null;
		if (action == null || (action != AuditAction.DENIED && isCaseFileRead(request, path))) {
			return;
		}
		String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
		this.trail.record(user.id(), action, fileNumberOf(path, response),
				request.getMethod() + " " + path + query + " answered " + status, request.getRemoteAddr());
	}

	/**
	 * Openings and searches of case files, which enter themselves with the query and
	 * where they came from, and the task cards, which show Tasklist's own card variables.
	 */
	private static boolean isCaseFileRead(HttpServletRequest request, String path) {
		return ("GET".equals(request.getMethod()) && path.startsWith("/api/case-files"))
				|| path.equals("/api/case-files/search") || path.startsWith("/api/task-cards");
	}

	/** The API's description and Swagger UI: no data of anyone. */
	private static boolean isDescription(String path) {
		return path.startsWith("/api/openapi") || path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui");
	}

	private static AuditAction actionOf(String method, String path) {
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return AuditAction.CHANGE;
		}
		if (path.startsWith("/api/reports/") || path.endsWith(".csv") || path.endsWith(".xlsx")) {
			return AuditAction.EXPORT;
		}
		if (path.endsWith("/pdf") || path.endsWith("/content") || path.endsWith(".pdf")) {
			return AuditAction.DOWNLOAD;
		}
		return AuditAction.READ;
	}

	/** The file the call was about: from its path, or for a new file, where it now is. */
	private static String fileNumberOf(String path, HttpServletResponse response) {
		Matcher inPath = FILE.matcher(path);
		if (inPath.find()) {
			return inPath.group(1);
		}
		String location = response.getHeader(HttpHeaders.LOCATION);
		if (location != null) {
			Matcher created = FILE.matcher(location);
			if (created.find()) {
				return created.group(1);
			}
		}
		return null;
	}

}
