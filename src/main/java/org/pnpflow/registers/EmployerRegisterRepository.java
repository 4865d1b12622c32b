package org.pnpflow.registers;

interface EmployerRegisterRepository extends RegisterRepository<EmployerRegistration> {

}
