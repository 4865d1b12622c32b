package org.pnpflow.assessment;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.pnpflow.process.TaskInputException;
import org.springframework.stereotype.Component;

/**
 * The manager's sign-off and the executive director's signature, with four eyes enforced
 * here, on the server, whatever client completes the task: nobody signs off a
 * recommendation they made, and the director does not sign what they signed off as
 * manager.
 */
@Component
class SignOffTasks implements TaskCompletionHandler, TaskDetailsProvider {

	static final String MANAGER = "UserTask_SignOffRecommendation";

	static final String DIRECTOR = "UserTask_SignNomination";

	private final Recommendations recommendations;

	private final SignOffRepository signOffs;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	SignOffTasks(Recommendations recommendations, SignOffRepository signOffs, CaseNoteRepository notes,
			ProgramClock clock) {
		this.recommendations = recommendations;
		this.signOffs = signOffs;
		this.notes = notes;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(MANAGER, DIRECTOR);
	}

	@Override
	public Set<String> describes() {
		return completes();
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("signOffComments", "directorComments");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		Recommendation recommendation = latest(file);
		StringBuilder md = new StringBuilder("#### Recommendation\n\n");
		md.append("**")
			.append(recommendation.getRecommendation().getLabel())
			.append("** by ")
			.append(Markdown.text(recommendation.getRecommendedBy()))
			.append(" on ")
			.append(DateTimeFormatter.ISO_LOCAL_DATE
				.format(recommendation.getRecommendedAt().atZone(this.clock.zone())))
			.append("\n\n")
			.append(Markdown.text(recommendation.getReasons()))
			.append("\n\n");
		if (recommendation.isWorkPermitSupport()) {
			md.append("A work permit support letter is requested.\n\n");
		}
		if (DIRECTOR.equals(taskKey)) {
			this.signOffs
				.findFirstByRecommendationIdAndSigningRoleOrderByIdDesc(recommendation.getId(), SignOff.Role.MANAGER)
				.ifPresent((signOff) -> md.append("**Manager:** ")
					.append(Markdown.text(signOff.getDecision()))
					.append(" by ")
					.append(Markdown.text(signOff.getDecidedBy()))
					.append(signOff.getComments() == null ? "" : ": " + Markdown.text(signOff.getComments()))
					.append("\n\n"));
		}
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		if (MANAGER.equals(completion.task().getTaskDefinitionKey())) {
			signOff(completion);
		}
		else {
			sign(completion);
		}
	}

	private void signOff(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		Recommendation recommendation = latest(file);
		if (recommendation.getRecommendedBy().equals(completion.userId())) {
			throw new TaskInputException("You made this recommendation, so another manager must sign it off.");
		}
		ManagerDecision decision = completion.choice("signOffDecision", "approve, return or overturn",
				ManagerDecision.class);
		String comments = completion.optionalText("signOffComments", "Comments", 4000);
		if (decision != ManagerDecision.APPROVE && comments == null) {
			throw new TaskInputException("Say why in the comments when you "
					+ (decision == ManagerDecision.RETURN ? "return" : "overturn") + " a recommendation.");
		}
		record(file, recommendation, SignOff.Role.MANAGER, decision.name(), comments, completion.userId());
		Recommendation.Kind outcome = decision == ManagerDecision.OVERTURN
				? recommendation.getRecommendation().opposite() : recommendation.getRecommendation();
		completion.route(ProcessVariables.DECISION, outcome.name());
	}

	private void sign(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		Recommendation recommendation = latest(file);
		String user = completion.userId();
		if (recommendation.getRecommendedBy().equals(user)) {
			throw new TaskInputException("You made this recommendation, so you cannot also sign the nomination.");
		}
		this.signOffs
			.findFirstByRecommendationIdAndSigningRoleOrderByIdDesc(recommendation.getId(), SignOff.Role.MANAGER)
			.filter((signOff) -> signOff.getDecidedBy().equals(user))
			.ifPresent((signOff) -> {
				throw new TaskInputException(
						"You signed this recommendation off as manager, so another director must sign the nomination.");
			});
		DirectorDecision decision = completion.choice("directorDecision", "sign or return", DirectorDecision.class);
		String comments = completion.optionalText("directorComments", "Comments", 4000);
		if (decision == DirectorDecision.RETURN && comments == null) {
			throw new TaskInputException("Say why in the comments when you return a nomination to the manager.");
		}
		record(file, recommendation, SignOff.Role.DIRECTOR, decision.name(), comments, user);
	}

	private void record(ApplicationFile file, Recommendation recommendation, SignOff.Role role, String decision,
			String comments, String by) {
		this.signOffs
			.save(new SignOff(file.getId(), recommendation.getId(), role, decision, comments, by, this.clock.now()));
		String label = (role == SignOff.Role.MANAGER ? "Manager sign-off" : "Director signature");
		this.notes.save(new CaseNote(file.getId(), by, this.clock.now(), label,
				decision + (comments == null ? "" : ": " + comments)));
	}

	private Recommendation latest(ApplicationFile file) {
		return this.recommendations.latest(file)
			.orElseThrow(() -> new IllegalStateException("File " + file.getFileNumber() + " has no recommendation"));
	}

	enum ManagerDecision {

		APPROVE, RETURN, OVERTURN

	}

	enum DirectorDecision {

		SIGN, RETURN

	}

}
