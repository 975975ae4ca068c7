import { personalDataRule } from './personal-data';

/** Spec §7.1: The name of a civil servant or citizen (not a public person). Redact fix; hover explains why it fired. */
export const piiName = personalDataRule('name', 'The name of a civil servant or citizen (not a public person).');
