// The structure problems of a beantwoording (computed once in the model) that belong to one rule.
import { ISSUE_RULE, type StructureIssue } from '../beantwoording';
import type { NotaDocument } from '../model/types';

export function issuesOf(doc: NotaDocument, ruleId: string): StructureIssue[] {
  return doc.beantwoording?.issues.filter((issue) => ISSUE_RULE[issue.kind] === ruleId) ?? [];
}
