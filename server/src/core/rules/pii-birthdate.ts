import { personalDataRule } from './personal-data';

/** Spec §7.1: A date with a birth context. Redact fix; hover explains why it fired. */
export const piiBirthdate = personalDataRule('birthdate', 'A date with a birth context.');
