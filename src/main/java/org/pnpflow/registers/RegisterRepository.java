package org.pnpflow.registers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * Finds the entries of one register by their reference.
 */
@NoRepositoryBean
interface RegisterRepository<E extends RegisterEntry> extends JpaRepository<E, Long> {

	Optional<E> findByReference(String reference);

	List<E> findByReferenceIn(Collection<String> references);

}
