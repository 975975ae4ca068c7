import { personalDataRule } from './personal-data';

/** Spec §7.1: A signature: w.g., paraaf, or a signature line with a name. Redact fix; hover explains why it fired. */
export const piiSignature = personalDataRule('signature', 'A signature: w.g., paraaf, or a signature line with a name.');
