// Typed values of header fields, read once: the Bijlage(n) count and the referentie's year and serial. Rules,
// fixes and hover read these instead of parsing the field text again.
import type { HeaderField } from './types';

export interface HeaderValues {
  /** Bijlage(n) when it is a whole number. */
  bijlagen?: number;
  /** Onze referentie as `JJJJ-NNN…`: its year and serial number. */
  referentie?: { year: number; serial: string };
}

/** A field value that is a whole number ("3"), or undefined. */
export function wholeNumber(value: string): number | undefined {
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

export function readHeaderValues(fields: readonly HeaderField[]): HeaderValues {
  const bijlagen = fields.find((field) => field.key === 'bijlagen');
  const referentie = fields.find((field) => field.key === 'referentie');
  const reference = referentie && /^(\d{4})-(\d+)$/.exec(referentie.value);
  return {
    bijlagen: bijlagen && wholeNumber(bijlagen.value),
    referentie: reference ? { year: Number(reference[1]), serial: reference[2] } : undefined,
  };
}
