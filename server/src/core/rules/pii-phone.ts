import { personalDataRule } from './personal-data';

/** Spec §7.1: A personal Dutch phone number (not a service number). Redact fix; hover explains why it fired. */
export const piiPhone = personalDataRule('phone', 'A personal Dutch phone number (not a service number).');
