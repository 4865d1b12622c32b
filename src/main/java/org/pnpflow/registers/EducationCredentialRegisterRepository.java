package org.pnpflow.registers;

interface EducationCredentialRegisterRepository extends RegisterRepository<EducationCredential> {

}
