package org.pnpflow.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses task and filter queries that carry expressions, on Camunda's REST API
 * ({@code /engine-rest}) and on the engine API behind Tasklist and Cockpit
 * ({@code /camunda/api/engine}).
 * <p>
 * A task query's {@code *Expression} criteria ({@code assigneeExpression},
 * {@code dueDateExpression}, ...) are evaluated on the server, so a caller who can send
 * one runs an expression of their choosing. The engine refuses them in ad-hoc queries,
 * but not in every shape a query can take (nested {@code orQueries}, the query stored in
 * a filter); and stored queries must keep their expressions, because the "My tasks"
 * filter is {@code taskAssigneeExpression ${currentUser()}}. So the line is drawn at the
 * door instead: a request whose query parameters, or whose JSON body at any depth, hold a
 * key ending in {@code Expression} is answered 400 before it reaches Camunda. Filters
 * saved through the Java API at start-up are untouched, and listing them sends no
 * expression.
 * <p>
 * Bodies are read on the endpoints where a query travels: the task collection and its
 * count, and every filter endpoint (a filter's stored query, and the query that extends
 * it when listing). Under {@code /task/{id}/...} bodies carry process variables, which
 * are data and may have any name; only the query string is checked there.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

	/**
	 * Larger than any query Tasklist or Cockpit sends, small enough to hold in memory.
	 */
	private static final int MAX_BODY_BYTES = 256 * 1024;

	private static final String SUFFIX = "Expression";

	private static final JsonFactory JSON = new JsonFactory();

	/** The task and filter resources, of the default engine or a named one. */
	private final Pattern guarded;

	/**
	 * @param webappPath where Camunda's webapps are served
	 * ({@code camunda.bpm.webapp.application-path})
	 */
	QueryExpressionGuard(String webappPath) {
		this.guarded = Pattern.compile("^(?:/engine-rest|" + Pattern.quote(webappPath + "/api/engine")
				+ ")(?:/engine/[^/]+)?/(task|filter)(/[^/]*)?(/.*)?$");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.guarded.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> parameter;
		try {
			parameter = expressionParameter(request.getQueryString());
		}
		catch (IllegalArgumentException malformed) {
			ProblemResponses.send(response, HttpStatus.BAD_REQUEST, "The query string is not correctly encoded.");
			return;
		}
		if (parameter.isPresent()) {
			refuse(response, "query parameter '" + parameter.get() + "'");
			return;
		}
		if (!carriesQueryBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			ProblemResponses.send(response, HttpStatus.PAYLOAD_TOO_LARGE,
					"A task or filter query body may hold at most " + MAX_BODY_BYTES + " bytes.");
			return;
		}
		Optional<String> key;
		try {
			key = expressionKey(body);
		}
		catch (JsonProcessingException notJson) {
			ProblemResponses.send(response, HttpStatus.BAD_REQUEST,
					"A task or filter query body must be JSON: " + notJson.getOriginalMessage());
			return;
		}
		if (key.isPresent()) {
			refuse(response, "key '" + key.get() + "'");
			return;
		}
		chain.doFilter(new ReadAgain(request, body), response);
	}

	private static void refuse(HttpServletResponse response, String where) throws IOException {
		ProblemResponses
			.send(response, HttpStatus.BAD_REQUEST, "Task and filter queries may not carry expressions: the " + where
					+ " is refused. Ask for the value itself (for example assignee instead of assigneeExpression).");
	}

	private static String path(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
	}

	private boolean carriesQueryBody(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
			return false;
		}
		Matcher matcher = this.guarded.matcher(path(request));
		if (!matcher.matches()) {
			return false;
		}
		String id = matcher.group(2);
		return "filter".equals(matcher.group(1)) || id == null || "/".equals(id) || "/count".equals(id);
	}

	/** The first query parameter whose name ends in {@code Expression}, decoded. */
	private static Optional<String> expressionParameter(String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : queryString.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals >= 0) ? pair.substring(0, equals) : pair, StandardCharsets.UTF_8);
			if (name.endsWith(SUFFIX)) {
				return Optional.of(name);
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the first key ending in {@code Expression} sits in a JSON body, as a JSON
	 * pointer ({@code /orQueries/0/assigneeExpression}); empty when there is none or the
	 * body is blank.
	 */
	private static Optional<String> expressionKey(byte[] body) throws IOException {
		try (JsonParser parser = JSON.createParser(body)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.FIELD_NAME && parser.currentName().endsWith(SUFFIX)) {
					return Optional.of(parser.getParsingContext().pathAsPointer().toString());
				}
			}
		}
		return Optional.empty();
	}

	/** The request as it came, its body read once here and served again to Camunda. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new BodyStream(new ByteArrayInputStream(this.body));
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

	private static final class BodyStream extends ServletInputStream {

		private final InputStream bytes;

		BodyStream(InputStream bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() throws IOException {
			return this.bytes.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return this.bytes.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			try {
				return this.bytes.available() == 0;
			}
			catch (IOException unreadable) {
				return true;
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("The body has already been read");
		}

	}

}
