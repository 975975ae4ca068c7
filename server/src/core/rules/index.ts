// The registry of rules. Each rule lives in its own module and has a page in docs/rules/<id>.md.
import { fieldEmpty } from './field-empty';
import { fieldMissing } from './field-missing';
import { fieldValue } from './field-value';
import { headingUnmarked } from './heading-unmarked';
import { purposeMissing } from './purpose-missing';
import { purposeUnknown } from './purpose-unknown';
import type { AnyRule } from './rule';
import { sectionDuplicate } from './section-duplicate';
import { sectionEmpty } from './section-empty';
import { sectionMissing } from './section-missing';
import { sectionOrder } from './section-order';
import { sectionUnknown } from './section-unknown';

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
  headingUnmarked,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
