package org.pnpflow.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.springframework.stereotype.Component;

/**
 * The files running process instances work on, by their business key (the file number):
 * the case itself and the processes started for it (a refund, a payment by mail). Work of
 * the unit (a deposit, a reconciliation) has no file.
 */
@Component
public class InstanceFiles {

	private final RuntimeService runtime;

	private final ApplicationFileRepository files;

	InstanceFiles(RuntimeService runtime, ApplicationFileRepository files) {
		this.runtime = runtime;
		this.files = files;
	}

	/** The file of each of the running process instances that has one. */
	public Map<String, ApplicationFile> of(Set<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return Map.of();
		}
		Map<String, String> fileNumberByInstance = new HashMap<>();
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceIds(processInstanceIds)
			.list()) {
			if (instance.getBusinessKey() != null) {
				fileNumberByInstance.put(instance.getId(), instance.getBusinessKey());
			}
		}
		Map<String, ApplicationFile> byNumber = new HashMap<>();
		for (ApplicationFile file : this.files.findByFileNumberIn(Set.copyOf(fileNumberByInstance.values()))) {
			byNumber.put(file.getFileNumber().value(), file);
		}
		Map<String, ApplicationFile> found = new HashMap<>();
		fileNumberByInstance.forEach((instance, number) -> {
			if (byNumber.containsKey(number)) {
				found.put(instance, byNumber.get(number));
			}
		});
		return found;
	}

}
