import { personalDataRule } from './personal-data';

/** Spec §7.1: A street address or postcode with place of a person (not a Postbus). Redact fix; hover explains why it fired. */
export const piiAddress = personalDataRule('address', 'A street address or postcode with place of a person (not a Postbus).');
