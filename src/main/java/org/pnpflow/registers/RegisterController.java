package org.pnpflow.registers;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers API: program integrity and managers keep the program's copies of the
 * employer, representative and education credential registers that files are checked
 * against. {@code {register}} is {@code employers}, {@code representatives} or
 * {@code education-credentials}; {@code {reference}} is the business number, licence
 * number or assessment reference (spaces and punctuation in it are ignored).
 * <p>
 * An entry is a JSON object of the register's columns; a CSV file has a header naming
 * every column (in any order; case, spaces, hyphens and underscores are ignored, so
 * {@code business_number} is {@code businessNumber}) and one entry per line, UTF-8 unless
 * the Content-Type says otherwise. The columns:
 * <ul>
 * <li>employers: {@code businessNumber} (9 digits), {@code legalName},
 * {@code operatingName} (may be empty), {@code status} (ACTIVE, INACTIVE, DISSOLVED),
 * {@code province} (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT);</li>
 * <li>representatives: {@code licenceNumber}, {@code fullName}, {@code regulator} (CICC,
 * LAW_SOCIETY, NOTARY), {@code status} (ACTIVE, SUSPENDED, REVOKED), {@code validUntil}
 * (yyyy-MM-dd, empty when the licence has no end date);</li>
 * <li>education-credentials: {@code reference}, {@code holderFamilyName},
 * {@code holderDateOfBirth} (yyyy-MM-dd), {@code credential}, {@code level} (SECONDARY,
 * ONE_YEAR_POST_SECONDARY, TWO_YEAR_POST_SECONDARY, BACHELOR, TWO_OR_MORE_CREDENTIALS,
 * MASTER, PROFESSIONAL, DOCTORATE), {@code issuedBy}, {@code status} (VALID,
 * REVOKED).</li>
 * </ul>
 * Examples are in {@code docs/registers/}. Bad input gets a 400 problem naming each field
 * (and line) at fault, and nothing is saved.
 */
@RestController
@RequestMapping("/api/registers")
class RegisterController {

	static final List<String> KEEPERS = List.of(Groups.INTEGRITY, Groups.MANAGERS, Groups.ADMINS);

	static final String TEXT_CSV = "text/csv";

	private final Map<Register, RegisterBook<?>> books = new EnumMap<>(Register.class);

	RegisterController(List<RegisterBook<?>> books) {
		books.forEach((book) -> this.books.put(book.register(), book));
	}

	/** The entry of that reference, or 404. */
	@GetMapping("/{register}/{reference}")
	Map<String, Object> entry(@PathVariable String register, @PathVariable String reference, HttpServletRequest http) {
		require(http);
		RegisterBook<?> book = book(register);
		return book.find(reference).orElseThrow(() -> notFound(book, reference));
	}

	/**
	 * Creates (201) or replaces (200) the entry of that reference with the JSON object's
	 * columns; a column left out is emptied.
	 */
	@PutMapping(path = "/{register}/{reference}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> put(@PathVariable String register, @PathVariable String reference,
			@RequestBody JsonNode body, HttpServletRequest http) {
		ApiUser user = require(http);
		RegisterBook<?> book = book(register);
		RegisterBook.Saved saved = book.put(reference, values(body), user.id());
		if (!saved.created()) {
			return ResponseEntity.ok(saved.entry());
		}
		String stored = (String) saved.entry().get(book.register().referenceColumn());
		return ResponseEntity.created(URI.create("/api/registers/" + book.register().path() + "/" + stored))
			.body(saved.entry());
	}

	/** Removes the entry: 204, or 404 when there is none. */
	@DeleteMapping("/{register}/{reference}")
	ResponseEntity<Void> delete(@PathVariable String register, @PathVariable String reference,
			HttpServletRequest http) {
		require(http);
		RegisterBook<?> book = book(register);
		if (!book.delete(reference)) {
			throw notFound(book, reference);
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * Loads a CSV file ({@code Content-Type: text/csv}): every row creates or replaces
	 * the entry of its reference. One bad value anywhere and nothing is saved: the 400
	 * problem lists each line and column at fault. The answer counts the rows, the
	 * entries created and those updated.
	 */
	@PostMapping(path = "/{register}", consumes = TEXT_CSV)
	RegisterBook.Loaded load(@PathVariable String register, @RequestBody byte[] csv,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, HttpServletRequest http) {
		ApiUser user = require(http);
		RegisterBook<?> book = book(register);
		return book.load(CsvTable.parse(text(csv, contentType)), user.id());
	}

	private RegisterBook<?> book(String path) {
		return Register.ofPath(path)
			.map(this.books::get)
			.orElseThrow(() -> new RegisterNotFoundException("No register is called " + path + "; the registers are "
					+ String.join(", ", this.books.keySet().stream().map(Register::path).toList()) + "."));
	}

	private static RegisterNotFoundException notFound(RegisterBook<?> book, String reference) {
		return new RegisterNotFoundException(
				"No " + book.register().referenceName() + " " + reference + " in the " + book.register().title() + ".");
	}

	/** The JSON object's fields as text, the way a CSV row gives them. */
	private static Map<String, String> values(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw invalid("body", "must be a JSON object of the entry's columns");
		}
		Map<String, String> values = new LinkedHashMap<>();
		List<InvalidEntriesException.Problem> problems = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode value = field.getValue();
			if (value.isContainerNode()) {
				problems.add(new InvalidEntriesException.Problem(null,
						new EntryValues.FieldProblem(field.getKey(), "must be a single value, not a list or object")));
			}
			values.put(field.getKey(), value.isNull() ? null : value.asText());
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntriesException(problems);
		}
		return values;
	}

	private static String text(byte[] csv, String contentType) {
		Charset charset = StandardCharsets.UTF_8;
		try {
			Charset given = MediaType.parseMediaType(contentType).getCharset();
			charset = given != null ? given : charset;
		}
		catch (RuntimeException unknownCharset) {
			throw invalid("Content-Type", "names a character set this server does not know");
		}
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(csv))
				.toString();
		}
		catch (CharacterCodingException notText) {
			throw invalid("body", "is not " + charset.name() + " text (save the file as CSV UTF-8)");
		}
	}

	private static InvalidEntriesException invalid(String field, String message) {
		return new InvalidEntriesException(
				List.of(new InvalidEntriesException.Problem(null, new EntryValues.FieldProblem(field, message))));
	}

	private static ApiUser require(HttpServletRequest http) {
		return ApiUser.require(http, KEEPERS,
				"Your role may not keep the registers: it needs one of the groups " + KEEPERS + ".");
	}

}
