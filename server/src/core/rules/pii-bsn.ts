import { personalDataRule } from './personal-data';

/** Spec §7.1: A BSN (9 digits passing the elfproef). Redact fix; hover explains why it fired. */
export const piiBsn = personalDataRule('bsn', 'A BSN (9 digits passing the elfproef).');
