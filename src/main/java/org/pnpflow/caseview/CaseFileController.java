package org.pnpflow.caseview;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.casefile.Language;
import org.pnpflow.caseview.CaseFileView.NoteRow;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.RequestProblems;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file API: one file's whole view, the file of a Tasklist task, a search, a new
 * note, and what Tasklist's task cards show. The case file page and Tasklist's "Case
 * file" tab read it with the web apps' session; names of data (streams, document types)
 * come in the language of {@code Accept-Language} (English or French).
 */
@RestController
class CaseFileController {

	private final CaseFileViews views;

	private final TaskCards cards;

	CaseFileController(CaseFileViews views, TaskCards cards) {
		this.views = views;
		this.cards = cards;
	}

	record SearchBody(String by, String q) {
	}

	/**
	 * Files found by {@code by} (FILE_NUMBER, NAME, PASSPORT_NUMBER, DATE_OF_BIRTH). A
	 * POST, so that names, passport numbers and dates of birth stay out of addresses,
	 * browser histories and access logs.
	 */
	@PostMapping("/api/case-files/search")
	ResponseEntity<CaseSearch.Results> search(@RequestBody(required = false) SearchBody body, Locale locale,
			HttpServletRequest http) {
		CaseSearch.Query query = CaseSearch.query(body == null ? null : body.by(), body == null ? null : body.q());
		return personal(this.views.search(query, ApiUser.of(http), language(locale), http.getRemoteAddr()));
	}

	/** The file's case view; {@code via} names the page that asks (PAGE, TASKLIST). */
	@GetMapping("/api/case-files/{fileNumber}")
	ResponseEntity<CaseFileView> open(@PathVariable String fileNumber, @RequestParam(required = false) String via,
			Locale locale, HttpServletRequest http) {
		return personal(this.views.open(fileNumber, ApiUser.of(http), CaseFileViews.Via.of(via), language(locale),
				http.getRemoteAddr()));
	}

	/** The case view of the file of a task the caller may see (Tasklist's tab). */
	@GetMapping("/api/case-files/by-task/{taskId}")
	ResponseEntity<CaseFileView> openForTask(@PathVariable String taskId, Locale locale, HttpServletRequest http) {
		return personal(this.views.openForTask(taskId, ApiUser.of(http), language(locale), http.getRemoteAddr()));
	}

	record NoteBody(String topic, String body) {
	}

	@PostMapping("/api/case-files/{fileNumber}/notes")
	ResponseEntity<NoteRow> addNote(@PathVariable String fileNumber, @RequestBody(required = false) NoteBody note,
			HttpServletRequest http) {
		NoteRow added = this.views.addNote(fileNumber, ApiUser.of(http), note == null ? null : note.topic(),
				note == null ? null : note.body());
		return ResponseEntity.created(URI.create("/api/case-files/" + fileNumber))
			.cacheControl(CacheControl.noStore())
			.body(added);
	}

	/** The cards of up to 50 tasks, by id ({@code ?taskId=a&taskId=b}). */
	@GetMapping("/api/task-cards")
	ResponseEntity<List<TaskCards.Card>> cards(@RequestParam(name = "taskId", required = false) List<String> taskIds,
			HttpServletRequest http) {
		List<String> ids = taskIds == null ? List.of() : taskIds;
		if (ids.size() > TaskCards.MAX_TASKS) {
			throw RequestProblems.invalid("taskId", "is given more than " + TaskCards.MAX_TASKS + " times");
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.cards.of(ids, ApiUser.of(http)));
	}

	private static <T> ResponseEntity<T> personal(T body) {
		// personal data stays out of browser and proxy caches
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	static Language language(Locale locale) {
		return locale != null && "fr".equals(locale.getLanguage()) ? Language.FR : Language.EN;
	}

}
