package org.pnpflow.teamwork;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.security.ApiUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team views' API: open work per queue, a queue's tasks and the files it waits on,
 * its members; a manager's reassignment of tasks; "next file" for whoever works a queue.
 */
@RestController
class TeamController {

	private final TeamViews views;

	private final Reassignments reassignments;

	private final NextFile nextFile;

	TeamController(TeamViews views, Reassignments reassignments, NextFile nextFile) {
		this.views = views;
		this.reassignments = reassignments;
		this.nextFile = nextFile;
	}

	@GetMapping("/api/team/queues")
	ResponseEntity<List<TeamViews.QueueCounts>> queues(HttpServletRequest http) {
		return fresh(this.views.counts(ApiUser.of(http)));
	}

	@GetMapping("/api/team/queues/{queue}/tasks")
	ResponseEntity<TeamViews.QueueTasks> tasks(@PathVariable String queue, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest http) {
		return fresh(this.views.tasksOf(ApiUser.of(http), queue, page));
	}

	@GetMapping("/api/team/queues/{queue}/waiting")
	ResponseEntity<List<TeamViews.WaitingFile>> waiting(@PathVariable String queue, HttpServletRequest http) {
		return fresh(this.views.waitingFor(ApiUser.of(http), queue));
	}

	@GetMapping("/api/team/queues/{queue}/members")
	ResponseEntity<List<TeamViews.Member>> members(@PathVariable String queue, HttpServletRequest http) {
		return fresh(this.views.members(ApiUser.of(http), queue));
	}

	record Reassignment(List<String> taskIds, String assignee) {
	}

	/** All the tasks to the assignee, or none (400 naming the task or field at fault). */
	@PostMapping("/api/team/queues/{queue}/reassignment")
	List<Reassignments.Reassigned> reassign(@PathVariable String queue,
			@RequestBody(required = false) Reassignment body, HttpServletRequest http) {
		return this.reassignments.reassign(ApiUser.of(http), queue, body == null ? null : body.taskIds(),
				body == null ? null : body.assignee(), http.getRemoteAddr());
	}

	record NextFileRequest(String queue) {
	}

	/** 200 with the task claimed, or 204 when the queue has nothing unassigned. */
	@PostMapping("/api/team/next")
	ResponseEntity<NextFile.Claimed> next(@RequestBody(required = false) NextFileRequest body,
			HttpServletRequest http) {
		return this.nextFile.claim(ApiUser.of(http), body == null ? null : body.queue(), http.getRemoteAddr())
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	private static <T> ResponseEntity<T> fresh(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

}
