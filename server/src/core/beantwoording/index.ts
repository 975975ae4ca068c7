// Beantwoording van Kamervragen: parsing, hyphenation joining, structural checks. See README.md.

export { joinHyphenation, type JoinedText } from './hyphenation';
export { parseBeantwoording } from './parse';
export { looksLikeBeantwoording } from './detect';
export { checkStructure, answerLabelFor, ISSUE_RULE, type IssueKind, type StructureIssue } from './check';
export { matchLabel, parseNumberList, type LabelMatch, type NumberItem, type NumberList } from './labels';
export type { Answer, Beantwoording, CrossRef, Footnote, FootnoteMarker, Layout, Question } from './model';
