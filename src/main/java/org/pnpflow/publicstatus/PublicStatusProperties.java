package org.pnpflow.publicstatus;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pnpflow.process.PnpProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The applicant-facing status check ({@code POST /api/public/status} and the
 * {@code /status} page), bound from {@code pnp.public-status.*}: how often it may be
 * asked, and the words it answers with in English and French.
 *
 * <p>
 * The limits are counted in the memory of each running instance: in a cluster every node
 * counts its own, so the unit as a whole allows up to the number of nodes times these
 * limits.
 */
@ConfigurationProperties("pnp.public-status")
public class PublicStatusProperties {

	/** Checks one client address may make per {@link #window}. */
	private int maxRequests = 10;

	private Duration window = Duration.ofMinutes(1);

	/**
	 * Wrong dates of birth (or unknown file numbers) one file number may receive per
	 * {@link #failedAttemptsWindow} before its check is locked until that window ends.
	 */
	private int maxFailedAttempts = 5;

	private Duration failedAttemptsWindow = Duration.ofMinutes(15);

	/**
	 * About this many client addresses, and this many file numbers, are counted at once
	 * (a few more while requests race). Past that, checks from addresses or for file
	 * numbers not yet counted are refused until the oldest window ends.
	 */
	private int maxTracked = 10_000;

	/**
	 * The steps of the case after which an open file is "in progress" rather than
	 * "received": once one of them has finished.
	 */
	private List<String> inProgressAfter = List.of("ServiceTask_SendAcknowledgementLetter");

	/**
	 * What the applicant is told while the case waits for them, by the step that waits.
	 * The date it is due by is the deadline timer on that step.
	 */
	private Map<String, PnpProperties.Named> waits = new LinkedHashMap<>(Map.of("ReceiveTask_AwaitBalancePayment",
			named("the balance of the application fee", "le solde des droits de traitement de la demande"),
			"ReceiveTask_AwaitDocuments",
			named("the documents or information listed in our letter",
					"les documents ou renseignements indiqués dans notre lettre"),
			"ReceiveTask_AwaitIntegrityInformation",
			named("the information requested in our letter", "les renseignements demandés dans notre lettre"),
			"ReceiveTask_AwaitInterviewReply",
			named("your reply to our letter about the interview",
					"votre réponse à notre lettre au sujet de l'entrevue"),
			"ReceiveTask_AwaitFairnessResponse", named("your response to our procedural fairness letter",
					"votre réponse à notre lettre d'équité procédurale")));

	/**
	 * The status in plain words: RECEIVED, IN_PROGRESS, WAITING_FOR_YOU, NOMINATED,
	 * REFUSED, CLOSED and WITHDRAWN.
	 */
	private Map<String, PnpProperties.Named> texts = new LinkedHashMap<>(Map.of("RECEIVED",
			named("Received: we are checking that your application is complete.",
					"Reçue : nous vérifions que votre demande est complète."),
			"IN_PROGRESS",
			named("In progress: your application is being assessed. You do not need to do anything now.",
					"En cours : votre demande est en cours d'évaluation. Vous n'avez rien à faire pour le moment."),
			"WAITING_FOR_YOU",
			named("Waiting for you: we need something from you to continue.",
					"En attente de votre part : nous avons besoin de quelque chose de votre part pour continuer."),
			"NOMINATED",
			named("Decided: you have been nominated. Our letter to you explains what comes next.",
					"Décision rendue : vous avez reçu une désignation. Notre lettre vous explique la suite."),
			"REFUSED",
			named("Decided: your application was refused. Our letter to you explains why and what you can do.",
					"Décision rendue : votre demande a été refusée. Notre lettre vous explique pourquoi et vos recours."),
			"CLOSED",
			named("Closed: your file was closed without a decision. Our letter to you explains why.",
					"Fermé : votre dossier a été fermé sans décision. Notre lettre vous explique pourquoi."),
			"WITHDRAWN",
			named("Withdrawn: your application was withdrawn.", "Retirée : votre demande a été retirée.")));

	private static PnpProperties.Named named(String english, String french) {
		PnpProperties.Named named = new PnpProperties.Named();
		named.setName(english);
		named.setNameFr(french);
		return named;
	}

	public int getMaxRequests() {
		return this.maxRequests;
	}

	public void setMaxRequests(int maxRequests) {
		this.maxRequests = maxRequests;
	}

	public Duration getWindow() {
		return this.window;
	}

	public void setWindow(Duration window) {
		this.window = window;
	}

	public int getMaxFailedAttempts() {
		return this.maxFailedAttempts;
	}

	public void setMaxFailedAttempts(int maxFailedAttempts) {
		this.maxFailedAttempts = maxFailedAttempts;
	}

	public Duration getFailedAttemptsWindow() {
		return this.failedAttemptsWindow;
	}

	public void setFailedAttemptsWindow(Duration failedAttemptsWindow) {
		this.failedAttemptsWindow = failedAttemptsWindow;
	}

	public int getMaxTracked() {
		return this.maxTracked;
	}

	public void setMaxTracked(int maxTracked) {
		this.maxTracked = maxTracked;
	}

	public List<String> getInProgressAfter() {
		return this.inProgressAfter;
	}

	public void setInProgressAfter(List<String> inProgressAfter) {
		this.inProgressAfter = inProgressAfter;
	}

	public Map<String, PnpProperties.Named> getWaits() {
		return this.waits;
	}

	public void setWaits(Map<String, PnpProperties.Named> waits) {
		this.waits = waits;
	}

	public Map<String, PnpProperties.Named> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, PnpProperties.Named> texts) {
		this.texts = texts;
	}

}
