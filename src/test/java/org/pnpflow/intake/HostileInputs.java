package org.pnpflow.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.pnpflow.ApiClient;
import org.pnpflow.TestApplications;

/**
 * Generators of requests no portal should send: JSON of any shape, applications with
 * fields dropped, retyped or blown up, bytes that are not JSON, the wrong content type,
 * and document uploads with odd bytes, names, types, dates and missing parts.
 */
final class HostileInputs {

	static final String JSON = "application/json";

	private static final String MULTIPART = "multipart/form-data";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static final List<String> DOCUMENT_TYPES = List.of("PASSPORT", "JOB_OFFER", "POLICE_CERTIFICATE",
			"LANGUAGE_TEST", "EMPLOYER_DECLARATION", "PROOF_OF_FUNDS", "BUSINESS_PLAN");

	private HostileInputs() {
	}

	/** A request body for POST /api/applications. */
	record IntakeBody(String kind, String contentType, byte[] body, boolean hasPayment, int documents) {

		String describe() {
			String text = new String(this.body, StandardCharsets.UTF_8);
			return this.kind + " [" + this.contentType + ", " + this.body.length + " bytes] "
					+ (text.length() > 600 ? text.substring(0, 600) + "..." : text);
		}

	}

	/** A multipart upload to POST /api/applications/{fileNumber}/documents. */
	record Upload(String kind, String fileNumber, String partName, String fileName, byte[] content,
			Map<String, String> params) {

		String describe() {
			String name = this.fileName == null ? null
					: this.fileName.length() > 120 ? this.fileName.substring(0, 120) + "..." : this.fileName;
			Map<String, String> shortParams = new LinkedHashMap<>();
			this.params.forEach((key, value) -> shortParams.put(key,
					value != null && value.length() > 120 ? value.substring(0, 120) + "..." : value));
			return this.kind + " file=" + this.fileNumber + " part=" + this.partName + " name=" + name + " bytes="
					+ (this.content == null ? "none" : this.content.length) + " params=" + shortParams;
		}

	}

	/** Text of every kind: unicode, control characters, markup, very long. */
	static Arbitrary<String> strings() {
		return Arbitraries.frequencyOf(weighted(4, Arbitraries.strings().all().ofMaxLength(40)),
				weighted(2, Arbitraries.strings().ascii().ofMaxLength(40)),
				weighted(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20)),
				weighted(1,
						Arbitraries.strings()
							.withChars('a', 'Z', 'é', 'ß', '中', '\u202e')
							.ofMinLength(5_000)
							.ofMaxLength(12_000)),
				weighted(2,
						Arbitraries.of("", " ", "null", "true", "0", "-1", "<script>alert(1)</script>", "' or 1=1 --",
								"${jndi:ldap://x}", "#{7*7}", "\uD83D\uDE00\uD83D\uDE00", "\u0000", "\uFEFF",
								"CAD\u0000", "../../etc/passwd", "%00", "\r\nX-Injected: 1")));
	}

	/** A date as a careless or hostile sender writes one. */
	static Arbitrary<Object> dates() {
		return Arbitraries.oneOf(
				Arbitraries.of("01/02/1990", "1990-13-45", "2026-02-30", "1990-1-1", "19900101", "yesterday",
						"+999999999-12-31", "-999999999-01-01", "0000-00-00", "1990-01-01T00:00:00Z", "", " ",
						"2999-01-01", "1800-01-01", "9999-12-31"),
				Arbitraries.integers().map(Object.class::cast), Arbitraries.just(List.of(1990, 1, 1)),
				strings().map(Object.class::cast));
	}

	/** An amount that is not a fee: negative, huge, too precise, not a number. */
	static Arbitrary<Object> amounts() {
		return Arbitraries.oneOf(
				Arbitraries.of("-5", "-0.01", "0", "0.001", "1500.001", "1e20", "1E+400", "NaN", "Infinity", "",
						"$1500", "1,500.00", "99999999.99", "100000000.00", "1" + "0".repeat(2000)),
				Arbitraries.bigDecimals().map(Object.class::cast), Arbitraries.doubles().map(Object.class::cast),
				Arbitraries.longs().map(Object.class::cast));
	}

	/** Any JSON value, nested to the given depth. */
	static Arbitrary<Object> jsonValue(int depth) {
		Arbitrary<Object> leaf = Arbitraries.oneOf(strings().map(Object.class::cast),
				Arbitraries.integers().map(Object.class::cast), Arbitraries.longs().map(Object.class::cast),
				Arbitraries.bigIntegers()
					.between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(60))
					.map(Object.class::cast),
				Arbitraries.doubles().map(Object.class::cast), Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
				Arbitraries.just(null));
		if (depth <= 0) {
			return leaf;
		}
		Arbitrary<Object> array = Arbitraries.lazy(() -> jsonValue(depth - 1))
			.list()
			.ofMaxSize(6)
			.map(Object.class::cast);
		Arbitrary<Object> object = Arbitraries
			.maps(Arbitraries.oneOf(strings(), Arbitraries.of(fieldNames())),
					Arbitraries.lazy(() -> jsonValue(depth - 1)))
			.ofMaxSize(6)
			.map(Object.class::cast);
		return Arbitraries.frequencyOf(weighted(3, leaf), weighted(1, array), weighted(2, object));
	}

	/** Every way a body can reach the intake endpoint. */
	static Arbitrary<IntakeBody> intakeBodies() {
		return Arbitraries.frequencyOf(weighted(5, mutatedApplications()), weighted(3, randomJson()),
				weighted(1, rawBytes()), weighted(1, deepOrHuge()), weighted(1, wrongContentTypes()),
				weighted(1,
						Arbitraries.of(new IntakeBody("empty", JSON, new byte[0], false, 0),
								new IntakeBody("empty without content type", null, new byte[0], false, 0),
								new IntakeBody("json null", JSON, bytes("null"), false, 0),
								new IntakeBody("json empty object", JSON, bytes("{}"), false, 0))),
				weighted(1, Arbitraries.create(HostileInputs::valid)), weighted(1, Arbitraries.just(resent())));
	}

	/** Uploads to the given file, and now and then to a file that is not there. */
	static Arbitrary<Upload> uploads(String fileNumber) {
		Arbitrary<String> files = Arbitraries.frequencyOf(weighted(12, Arbitraries.just(fileNumber)),
				weighted(1, Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(40)));
		Arbitrary<String> parts = Arbitraries.frequencyOf(weighted(12, Arbitraries.just("file")),
				weighted(1, Arbitraries.of("document", "FILE", " ")), weighted(1, Arbitraries.just(null)));
		Arbitrary<String> fileNames = Arbitraries.oneOf(
				Arbitraries.of("offer.pdf", "../../etc/passwd", "..\\..\\windows\\win.ini", "/absolute/path/x.pdf",
						"a\u0000b.pdf", "quote\"name.pdf", "line\r\nbreak.pdf", "", " ", ".", "..", "\u202etxt.exe",
						"\uD83D\uDCC4.pdf", "x".repeat(10_000) + ".pdf", "\u4e2d\u6587.pdf", "con.pdf"),
				strings(), Arbitraries.just(null));
		Arbitrary<Map<String, String>> params = Combinators
			.combine(documentTypes(), uploadDate(), uploadDate(), uploadDate(), optionalText(60), optionalText(100),
					optionalText(150))
			.as((type, issued, expires, born, number, family, given) -> {
				Map<String, String> map = new LinkedHashMap<>();
				putIfPresent(map, "documentType", type);
				putIfPresent(map, "issuedOn", issued);
				putIfPresent(map, "expiresOn", expires);
				putIfPresent(map, "holderDateOfBirth", born);
				putIfPresent(map, "documentNumber", number);
				putIfPresent(map, "holderFamilyName", family);
				putIfPresent(map, "holderGivenNames", given);
				return map;
			});
		return Combinators.combine(files, parts, fileNames, contents(), params)
			.as((file, part, name, content, map) -> new Upload(kind(file, fileNumber, part, content), file, part, name,
					content, map));
	}

	/**
	 * Bytes of a document: random, or behind a PDF, JPEG or PNG signature, or too many.
	 */
	static Arbitrary<byte[]> contents() {
		Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(64 * 1024);
		Arbitrary<byte[]> signed = Combinators.combine(
				Arbitraries.of(bytes("%PDF-1.4\n"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
						new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, bytes("%PDF")),
				Arbitraries.bytes().array(byte[].class).ofMaxSize(8 * 1024))
			.as(HostileInputs::concat);
		return Arbitraries.frequencyOf(weighted(8, random), weighted(8, signed),
				weighted(1, Arbitraries.just(new byte[0])));
	}

	/**
	 * A PDF larger than the program accepts (pnp.documents.max-upload-bytes is 10 MB).
	 */
	static byte[] oversized(int extra) {
		return Arrays.copyOf(ApiClient.pdf(), 10 * 1024 * 1024 + extra);
	}

	private static Arbitrary<IntakeBody> mutatedApplications() {
		Arbitrary<Mutation> mutation = Combinators
			.combine(Arbitraries.of(MutationKind.values()), Arbitraries.integers().between(0, 10_000), jsonValue(2))
			.as(Mutation::new);
		return mutation.list().ofMinSize(1).ofMaxSize(4).map((mutations) -> {
			Map<String, Object> application = TestApplications.skilledWorker();
			for (Mutation m : mutations) {
				application = mutableCopy(application);
				m.applyTo(application);
			}
			int documents = application.get("documents") instanceof List<?> list ? list.size() : 0;
			return new IntakeBody("mutated " + mutations.stream().map((m) -> m.kind().name()).toList(), JSON,
					bytes(write(application)), application.get("payment") instanceof Map, documents);
		});
	}

	private static Arbitrary<IntakeBody> randomJson() {
		return jsonValue(4).map((value) -> new IntakeBody("random json", JSON, bytes(write(value)), false, 0));
	}

	private static Arbitrary<IntakeBody> rawBytes() {
		return Arbitraries.bytes()
			.array(byte[].class)
			.ofMaxSize(4096)
			.map((bytes) -> new IntakeBody("raw bytes", JSON, bytes, false, 0));
	}

	private static Arbitrary<IntakeBody> deepOrHuge() {
		return Arbitraries.oneOf(
				Arbitraries.integers()
					.between(50, 5_000)
					.map((depth) -> new IntakeBody("nested " + depth, JSON,
							bytes("[".repeat(depth) + "]".repeat(depth)), false, 0)),
				Arbitraries.integers()
					.between(50, 3_000)
					.map((depth) -> new IntakeBody("nested objects " + depth, JSON,
							bytes("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)), false, 0)),
				Arbitraries.integers()
					.between(500, 20_000)
					.map((digits) -> new IntakeBody("number of " + digits + " digits", JSON,
							bytes("{\"submissionId\":" + "9".repeat(digits) + "}"), false, 0)),
				Arbitraries.integers()
					.between(100_000, 3_000_000)
					.map((length) -> new IntakeBody("string of " + length + " chars", JSON,
							bytes("{\"submissionId\":\"" + "x".repeat(length) + "\"}"), false, 0)),
				Arbitraries
					.of(bytes("{\"stream\":"), bytes("{\"a\":1}}"), bytes("{'stream':'x'}"),
							bytes("{\"stream\":\"\\uZZZZ\"}"), bytes("\uFEFF{}"), bytes("[1,2,]"), bytes("{\"a\":NaN}"),
							bytes("{\"amount\":1e999999999}"), new byte[] { '{', '"', (byte) 0xC3, '"', ':', '1', '}' })
					.map((bytes) -> new IntakeBody("broken json", JSON, bytes, false, 0)));
	}

	private static Arbitrary<IntakeBody> wrongContentTypes() {
		return Arbitraries
			.of("text/plain", "application/xml", "application/x-www-form-urlencoded", MULTIPART + "; boundary=x",
					"application/octet-stream", "application/json; charset=UTF-16", "application/json; charset=nope",
					"image/png", "*/*", "application/problem+json", "application/vnd.api+json")
			.map((type) -> new IntakeBody("content type " + type, type, bytes(write(TestApplications.skilledWorker())),
					true, 6));
	}

	private static IntakeBody valid() {
		return new IntakeBody("valid", JSON, bytes(write(TestApplications.skilledWorker())), true, 6);
	}

	/** The same submission again and again: recorded once, then answered 200. */
	private static IntakeBody resent() {
		IntakeBody first = valid();
		return new IntakeBody("resent", JSON, first.body(), first.hasPayment(), first.documents());
	}

	private static Arbitrary<String> documentTypes() {
		return Arbitraries.frequencyOf(weighted(6, Arbitraries.of(DOCUMENT_TYPES)),
				weighted(1, Arbitraries.of("HOROSCOPE", "passport", " PASSPORT", "", "x".repeat(500))),
				weighted(1, strings()), weighted(1, Arbitraries.just(null)));
	}

	private static Arbitrary<String> uploadDate() {
		return Arbitraries.frequencyOf(weighted(6, Arbitraries.just(null)),
				weighted(3, Arbitraries.of("2020-01-01", "2031-12-31", "1985-06-15")),
				weighted(2, dates().map((date) -> date instanceof String text ? text : String.valueOf(date))));
	}

	private static Arbitrary<String> optionalText(int longest) {
		return Arbitraries.frequencyOf(weighted(6, Arbitraries.just(null)),
				weighted(4, Arbitraries.strings().alpha().ofMaxLength(longest)),
				weighted(1, Arbitraries.strings().alpha().ofMinLength(longest + 1).ofMaxLength(longest * 20)),
				weighted(1, strings()));
	}

	private static String kind(String file, String fileNumber, String part, byte[] content) {
		if (!fileNumber.equals(file)) {
			return "unknown file";
		}
		if (!"file".equals(part)) {
			return "file part " + (part == null ? "missing" : "named '" + part + "'");
		}
		return content.length == 0 ? "empty content" : "upload";
	}

	private static void putIfPresent(Map<String, String> map, String key, String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static List<String> fieldNames() {
		return List.of("submissionId", "stream", "channel", "applicant", "familyName", "dateOfBirth", "payment",
				"amount", "documents", "humanCapital", "employer", "inCanada", "workPermitExpiresOn");
	}

	private static byte[] concat(byte[] head, byte[] tail) {
		byte[] all = Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mutableCopy(Map<String, Object> application) {
		try {
			return MAPPER.readValue(write(application), LinkedHashMap.class);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String write(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> arbitrary) {
		return Tuple.of(weight, arbitrary);
	}

	/** How a valid application is spoiled. */
	enum MutationKind {

		DROP, REPLACE, RETYPE, NULL, WRONG_DATE, BAD_AMOUNT, LONG_TEXT, EXTRA_FIELD, MANY_DOCUMENTS

	}

	/** One change to one field of an application, the field picked by {@code where}. */
	record Mutation(MutationKind kind, int where, Object value) {

		void applyTo(Map<String, Object> application) {
			switch (this.kind) {
				case WRONG_DATE -> pick(application,
						List.of("dateOfBirth", "issuedOn", "expiresOn", "workPermitExpiresOn", "holderDateOfBirth"))
					.set(dateFor(this.where));
				case BAD_AMOUNT -> payment(application).put("amount", amountFor(this.where));
				case EXTRA_FIELD -> containers(application).get(this.where % containers(application).size())
					.put("unexpected" + this.where, this.value);
				case MANY_DOCUMENTS -> {
					List<Object> documents = new ArrayList<>();
					for (int i = 0; i < 40 + this.where % 30; i++) {
						documents.add(
								i % 7 == 0 ? null : TestApplications.document("PASSPORT", "2022-01-10", null, "P" + i));
					}
					application.put("documents", documents);
				}
				default -> {
					List<Path> paths = new ArrayList<>();
					collect(application, paths);
					Path path = paths.get(this.where % paths.size());
					switch (this.kind) {
						case DROP -> path.remove();
						case NULL -> path.set(null);
						case LONG_TEXT -> path.set("\u00e9x".repeat(5_000));
						case RETYPE -> path.set(retyped(path.get()));
						default -> path.set(this.value);
					}
				}
			}
		}

		private Object retyped(Object current) {
			if (current instanceof String text) {
				return this.where % 2 == 0 ? List.of(text) : Map.of("value", text);
			}
			if (current instanceof Map<?, ?> || current instanceof List<?>) {
				return this.where % 2 == 0 ? "text" : 42;
			}
			return this.where % 2 == 0 ? Map.of() : String.valueOf(current);
		}

		private static Object dateFor(int where) {
			List<Object> dates = List.of("01/02/1990", "1990-13-45", "2026-02-30", "19900101", "+999999999-12-31",
					"-000001-01-01", "", 19900101, List.of(1990, 1, 1), "2999-01-01", "1990-01-01T10:00:00");
			return dates.get(where % dates.size());
		}

		private static Object amountFor(int where) {
			List<Object> amounts = List.of("-5", -0.01, 0, "0.001", 1e20, "1E+400", "NaN", "", "1,500.00", true,
					new java.math.BigDecimal("1e-400"), "100000000.00", Map.of("value", 1500));
			return amounts.get(where % amounts.size());
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> payment(Map<String, Object> application) {
			if (!(application.get("payment") instanceof Map<?, ?>)) {
				application.put("payment", new LinkedHashMap<>(Map.of("method", "CARD", "currency", "CAD", "reference",
						"TXN-" + java.util.UUID.randomUUID())));
			}
			return (Map<String, Object>) application.get("payment");
		}

		private Path pick(Map<String, Object> application, List<String> names) {
			List<Path> paths = new ArrayList<>();
			collect(application, paths);
			List<Path> named = paths.stream().filter((p) -> p.key() != null && names.contains(p.key())).toList();
			return named.isEmpty() ? paths.get(0) : named.get(this.where % named.size());
		}

		@SuppressWarnings("unchecked")
		private static List<Map<String, Object>> containers(Map<String, Object> application) {
			List<Map<String, Object>> maps = new ArrayList<>();
			maps.add(application);
			for (Object value : application.values()) {
				if (value instanceof Map<?, ?> map) {
					maps.add((Map<String, Object>) map);
				}
			}
			return maps;
		}

		@SuppressWarnings("unchecked")
		private static void collect(Object node, List<Path> paths) {
			if (node instanceof Map<?, ?> map) {
				Map<String, Object> mutable = (Map<String, Object>) map;
				for (String key : new ArrayList<>(mutable.keySet())) {
					paths.add(new Path(mutable, null, key, -1));
					collect(mutable.get(key), paths);
				}
			}
			else if (node instanceof List<?> list) {
				List<Object> mutable = (List<Object>) list;
				for (int i = 0; i < mutable.size(); i++) {
					paths.add(new Path(null, mutable, null, i));
					collect(mutable.get(i), paths);
				}
			}
		}

	}

	/** A place in an application tree: a key of a map or an index of a list. */
	record Path(Map<String, Object> map, List<Object> list, String key, int index) {

		Object get() {
			return this.map != null ? this.map.get(this.key) : this.list.get(this.index);
		}

		void set(Object value) {
			if (this.map != null) {
				this.map.put(this.key, value);
			}
			else {
				this.list.set(this.index, value);
			}
		}

		void remove() {
			if (this.map != null) {
				this.map.remove(this.key);
			}
			else {
				this.list.set(this.index, null);
			}
		}

	}

}
