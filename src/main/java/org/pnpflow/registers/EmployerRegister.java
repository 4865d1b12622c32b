package org.pnpflow.registers;

import java.util.List;
import java.util.Set;

import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * The employer register. Columns: {@code businessNumber} (9 digits), {@code legalName},
 * {@code operatingName} (may be empty), {@code status} (ACTIVE, INACTIVE, DISSOLVED),
 * {@code province} (two-letter code: AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT).
 */
@Component
class EmployerRegister extends RegisterBook<EmployerRegistration> {

	static final Set<String> PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK",
			"YT");

	EmployerRegister(EmployerRegisterRepository repository, ProgramClock clock) {
		super(Register.EMPLOYERS, repository, clock);
	}

	@Override
	List<String> columns() {
		return List.of("legalName", "operatingName", "status", "province");
	}

	@Override
	EmployerRegistration parse(String reference, EntryValues values) {
		return new EmployerRegistration(reference, values.required("legalName", 200),
				values.optional("operatingName", 200), values.choice("status", EmployerRegistration.Status.class),
				values.oneOf("province", PROVINCES));
	}

	@Override
	void replace(EmployerRegistration entry, EmployerRegistration with) {
		entry.replaceWith(with);
	}

}
