import { personalDataRule } from './personal-data';

/** Spec §7.1: A personal e-mail address (not a functional mailbox). Redact fix; hover explains why it fired. */
export const piiEmail = personalDataRule('email', 'A personal e-mail address (not a functional mailbox).');
