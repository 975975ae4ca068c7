// The registry of rules. Each rule lives in its own module and has a page in docs/rules/<id>.md.
import { antwoordCrossref } from './antwoord-crossref';
import { bijlageReference } from './bijlage-reference';
import { bijlagenCountRule } from './bijlagen-count';
import { bijlagenName } from './bijlagen-name';
import { bijlagenNumbering } from './bijlagen-numbering';
import { bijlagenTable } from './bijlagen-table';
import { dateFormat } from './date-format';
import { dateFuture } from './date-future';
import { dateInvalid } from './date-invalid';
import { dateRelative } from './date-relative';
import { dateWeekday } from './date-weekday';
import { kamerIdFormat } from './kamer-id-format';
import { referenceFormat } from './reference-format';
import { referenceYear } from './reference-year';
import { runningHeaderMismatch } from './running-header-mismatch';
import { antwoordMismatch } from './antwoord-mismatch';
import { antwoordMissing } from './antwoord-missing';
import { fieldEmpty } from './field-empty';
import { fieldMissing } from './field-missing';
import { fieldValue } from './field-value';
import { headingUnmarked } from './heading-unmarked';
import { listBullet } from './list-bullet';
import { notaLength } from './nota-length';
import { bijlageFile } from './bijlage-file';
import { kamervragenDeadline } from './kamervragen-deadline';
import { footnoteMissing } from './footnote-missing';
import { PERSONAL_DATA_RULES } from './personal-data';
import { PUBLICATION_RULES } from './publication';
import { purposeMissing } from './purpose-missing';
import { purposeUnknown } from './purpose-unknown';
import type { AnyRule } from './rule';
import { sectionDuplicate } from './section-duplicate';
import { placeholder } from './placeholder';
import { sectionEmpty } from './section-empty';
import { markdownTooComplex } from './markdown-too-complex';
import { sectionMissing } from './section-missing';
import { sectionOrder } from './section-order';
import { sectionUnknown } from './section-unknown';
import { vraagNumbering } from './vraag-numbering';
import { wooGroundInvalid } from './woo-ground-invalid';
import { wooGroundLegacy } from './woo-ground-legacy';
import { wooMotivering } from './woo-motivering';
import { abbreviationUndefined } from './abbreviation-undefined';
import { nominalisation } from './nominalisation';
import { passiveVoice } from './passive-voice';
import { plainWord } from './plain-word';
import { readability } from './readability';
import { sentenceLength } from './sentence-length';

export const RULES: readonly AnyRule[] = [
  fieldMissing,
  fieldEmpty,
  fieldValue,
  purposeMissing,
  purposeUnknown,
  sectionMissing,
  sectionOrder,
  sectionDuplicate,
  sectionEmpty,
  sectionUnknown,
  placeholder,
  headingUnmarked,
  listBullet,
  notaLength,
  runningHeaderMismatch,
  referenceFormat,
  referenceYear,
  kamerIdFormat,
  dateInvalid,
  dateWeekday,
  dateFormat,
  dateRelative,
  dateFuture,
  bijlagenCountRule,
  bijlagenTable,
  bijlagenNumbering,
  bijlagenName,
  bijlageFile,
  bijlageReference,
  vraagNumbering,
  antwoordMissing,
  antwoordMismatch,
  antwoordCrossref,
  kamervragenDeadline,
  footnoteMissing,
  wooMotivering,
  wooGroundInvalid,
  wooGroundLegacy,
  ...PERSONAL_DATA_RULES,
  sentenceLength,
  plainWord,
  abbreviationUndefined,
  passiveVoice,
  nominalisation,
  readability,
  ...PUBLICATION_RULES,
  markdownTooComplex,
];

/** The writing rules (plain language, docs/rules/sentence-length.md …): matters of style, hint or off by default. */
export const WRITING_RULE_IDS: readonly string[] = [sentenceLength, plainWord, abbreviationUndefined, passiveVoice, nominalisation, readability].map((rule) => rule.id);

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));
