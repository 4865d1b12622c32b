package org.pnpflow.caseview;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.process.FileQueues;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.ForbiddenException;
import org.pnpflow.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may open which case files and see which parts of them, and who may search for files
 * by what. Staff see what their role needs:
 * <ul>
 * <li>intake and managers open every file; officers, integrity and directors the files
 * their queue has had a task on;</li>
 * <li>each role sees the parts of a file its work needs ({@link #SECTIONS}); only
 * managers see the audit trail in the timeline;</li>
 * <li>analysts open no case file and find files by number only, without personal
 * data.</li>
 * </ul>
 */
@Component
public class CaseFileAccess {

	/** The parts of a case file a role may be given or not. */
	enum Section {

		PARTIES, DOCUMENTS, PAYMENTS, LETTERS, VERIFICATION, INTERVIEWS, RECOMMENDATIONS, NOTES, AUDIT

	}

	static final Map<String, Set<Section>> SECTIONS;

	static {
		Map<String, Set<Section>> sections = new LinkedHashMap<>();
		sections.put(Groups.INTAKE,
				EnumSet.of(Section.PARTIES, Section.DOCUMENTS, Section.PAYMENTS, Section.LETTERS, Section.NOTES));
		EnumSet<Section> assessing = EnumSet.of(Section.PARTIES, Section.DOCUMENTS, Section.LETTERS,
				Section.VERIFICATION, Section.INTERVIEWS, Section.RECOMMENDATIONS, Section.NOTES);
		sections.put(Groups.OFFICERS, assessing);
		sections.put(Groups.INTEGRITY, assessing);
		EnumSet<Section> signing = EnumSet.copyOf(assessing);
		signing.add(Section.PAYMENTS);
		sections.put(Groups.DIRECTORS, signing);
		sections.put(Groups.MANAGERS, EnumSet.allOf(Section.class));
		SECTIONS = Map.copyOf(sections);
	}

	/** The roles that open every file, not only those of their queues. */
	static final Set<String> EVERY_FILE = Set.of(Groups.INTAKE, Groups.MANAGERS);

	/**
	 * A member of staff as the case file sees them.
	 *
	 * @param sections the parts of a file they may see (empty: they open no file)
	 * @param everyFile whether they open every file, or only those of {@code queues}
	 * @param personalData whether search results may show names, passports and dates of
	 * birth, and be found by them
	 */
	record Viewer(String userId, Set<Section> sections, boolean everyFile, Set<String> queues, boolean personalData) {

		boolean opensFiles() {
			return !this.sections.isEmpty();
		}

		boolean sees(Section section) {
			return this.sections.contains(section);
		}

	}

	private final FileQueues fileQueues;

	private final ApplicationFileRepository files;

	CaseFileAccess(FileQueues fileQueues, ApplicationFileRepository files) {
		this.fileQueues = fileQueues;
		this.files = files;
	}

	/**
	 * Refuses (403) a member of staff whose role opens only the files of their queue,
	 * when their queue has not worked this file: the rule of the case file, kept by every
	 * other way to a file's documents, letters, certificate and payments. An unknown file
	 * passes, for the caller to answer 404.
	 */
	public void requireWorksOn(ApiUser user, FileNumber fileNumber) {
		if (user.isInAny(EVERY_FILE) || !user.isInAny(SECTIONS.keySet())) {
			return;
		}
		this.files.findByFileNumber(fileNumber).ifPresent((file) -> requireOpen(viewer(user), file));
	}

	/**
	 * What the user's roles give them; a refusal (403) for a user no role of which may
	 * open or find files.
	 */
	Viewer viewer(ApiUser user) {
		Set<Section> sections = EnumSet.noneOf(Section.class);
		Set<String> queues = new TreeSet<>();
		for (String group : user.groups()) {
			Set<Section> given = SECTIONS.get(group);
			if (given != null) {
				sections.addAll(given);
				queues.add(group);
			}
		}
		boolean analystOnly = sections.isEmpty() && user.isInAny(Set.of(Groups.ANALYSTS));
		// an analyst who also works a queue opens and finds what that queue may, no more
		boolean everyFile = user.isInAny(EVERY_FILE) || analystOnly;
		if (sections.isEmpty() && !analystOnly) {
			throw new ForbiddenException("Case files are for the staff who work files: intake, officers, integrity,"
					+ " managers and directors.");
		}
		return new Viewer(user.id(), Set.copyOf(sections), everyFile, Set.copyOf(queues), !sections.isEmpty());
	}

	/** Refuses (403) a viewer who opens no case file at all (analysts). */
	void requireOpensFiles(Viewer viewer) {
		if (!viewer.opensFiles()) {
			throw new ForbiddenException("Analysts follow cases in Cockpit and the reports; a file's case view, with"
					+ " its personal data, is for the staff who work files.");
		}
	}

	/** Refuses (403) a viewer who may not open this file, saying why. */
	void requireOpen(Viewer viewer, ApplicationFile file) {
		requireOpensFiles(viewer);
		if (!mayOpen(viewer, file.getId())) {
			throw new ForbiddenException("File " + file.getFileNumber() + " has not been in the queue of "
					+ String.join(" or ", viewer.queues()) + ": it is for the queues that work it.");
		}
	}

	boolean mayOpen(Viewer viewer, long applicationId) {
		if (viewer.everyFile()) {
			return viewer.opensFiles();
		}
		Set<String> worked = this.fileQueues.of(applicationId);
		return viewer.queues().stream().anyMatch(worked::contains);
	}

}
