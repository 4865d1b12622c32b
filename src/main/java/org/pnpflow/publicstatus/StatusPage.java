package org.pnpflow.publicstatus;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pnpflow.process.PnpProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant-facing status check as a bilingual page, public (no login) and without
 * JavaScript: a form that posts to itself and shows the answer. The same check and the
 * same limits as {@code POST /api/public/status}.
 */
@Controller
class StatusPage {

	private final PublicStatuses statuses;

	private final PnpProperties properties;

	StatusPage(PublicStatuses statuses, PnpProperties properties) {
		this.statuses = statuses;
		this.properties = properties;
	}

	@GetMapping("/status")
	String form(Model model, HttpServletResponse response) {
		page(model, response, "");
		return "status";
	}

	@PostMapping("/status")
	String check(@RequestParam(required = false) String fileNumber, @RequestParam(required = false) String dateOfBirth,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		page(model, response, fileNumber == null ? "" : fileNumber.trim());
		try {
			model.addAttribute("answer", this.statuses.check(fileNumber, dateOfBirth, request.getRemoteAddr(), "page"));
		}
		catch (StatusCheckRefusedException refused) {
			response.setStatus(refused.status().value());
			if (refused.retryAfterSeconds() != null) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
			}
			model.addAttribute("refused",
					Map.of("en", refused.english(), "fr", refused.french(), "problems",
							refused.problems()
								.stream()
								.map((problem) -> Map.of("field", problem.field(), "message", problem.message(),
										"messageFr", problem.messageFr()))
								.toList()));
		}
		return "status";
	}

	private void page(Model model, HttpServletResponse response, String fileNumber) {
		model.addAttribute("programName", this.properties.getProgramName());
		model.addAttribute("programNameFr", this.properties.getProgramNameFr());
		model.addAttribute("fileNumber", fileNumber);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
	}

}
