import { personalDataRule } from './personal-data';

/** Spec §7.1: A bank account number (IBAN, mod-97 valid). Redact fix; hover explains why it fired. */
export const piiIban = personalDataRule('iban', 'A bank account number (IBAN, mod-97 valid).');
