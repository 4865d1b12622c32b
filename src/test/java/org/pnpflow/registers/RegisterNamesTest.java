package org.pnpflow.registers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names compared the way a careful clerk compares them.
 */
class RegisterNamesTest {

	@Test
	void businessNamesMatchWithoutCasePunctuationSpacingOrLegalForm() {
		assertThat(Names.sameBusiness("Northern Lights Software Inc.", "NORTHERN  LIGHTS SOFTWARE, INC")).isTrue();
		assertThat(Names.sameBusiness("Acme Ltd.", "Acme Limited")).isTrue();
		assertThat(Names.sameBusiness("Boulangerie Québec Ltée", "boulangerie quebec ltee")).isTrue();
		assertThat(Names.sameBusiness("Smith & Sons Co. Ltd.", "Smith and Sons")).isTrue();
		assertThat(Names.sameBusiness("O'Brien Holdings Corp.", "OBrien Holdings")).isTrue();
		assertThat(Names.sameBusiness("Acme Ltd.", "Acme Logistics Ltd.")).isFalse();
		assertThat(Names.sameBusiness("Inc.", "Inc")).isTrue();
		assertThat(Names.sameBusiness("", "")).isFalse();
	}

	@Test
	void personsMatchInAnyOrderOfTheirNames() {
		assertThat(Names.samePerson("Omar Haddad", "HADDAD, Omar")).isTrue();
		assertThat(Names.samePerson("Jean-Pierre Côté", "jean pierre cote")).isTrue();
		assertThat(Names.samePerson("Omar Haddad", "Omar Haddadi")).isFalse();
		assertThat(Names.samePerson("Omar Haddad", "Omar")).isFalse();
	}

	@Test
	void familyNamesMatchWithoutCaseAccentsOrHyphens() {
		assertThat(Names.sameFamilyName("Okafor-Nwosu", "OKAFOR NWOSU")).isTrue();
		assertThat(Names.sameFamilyName("Nguyễn", "Nguyen")).isTrue();
		assertThat(Names.sameFamilyName("Okafor", "Okafor-Nwosu")).isFalse();
	}

}
