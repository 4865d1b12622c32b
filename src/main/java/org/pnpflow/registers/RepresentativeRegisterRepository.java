package org.pnpflow.registers;

interface RepresentativeRegisterRepository extends RegisterRepository<RepresentativeLicence> {

}
