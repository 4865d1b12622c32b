package org.pnpflow.registers;

import java.util.List;

import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * The representative register. Columns: {@code licenceNumber} (letters and digits, at
 * most 40), {@code fullName}, {@code regulator} (CICC, LAW_SOCIETY, NOTARY),
 * {@code status} (ACTIVE, SUSPENDED, REVOKED), {@code validUntil} (yyyy-MM-dd, empty when
 * the licence has no end date).
 */
@Component
class RepresentativeRegister extends RegisterBook<RepresentativeLicence> {

	RepresentativeRegister(RepresentativeRegisterRepository repository, ProgramClock clock) {
		super(Register.REPRESENTATIVES, repository, clock);
	}

	@Override
	List<String> columns() {
		return List.of("fullName", "regulator", "status", "validUntil");
	}

	@Override
	RepresentativeLicence parse(String reference, EntryValues values) {
		return new RepresentativeLicence(reference, values.required("fullName", 200),
				values.choice("regulator", RepresentativeLicence.Regulator.class),
				values.choice("status", RepresentativeLicence.Status.class), values.date("validUntil", false));
	}

	@Override
	void replace(RepresentativeLicence entry, RepresentativeLicence with) {
		entry.replaceWith(with);
	}

}
