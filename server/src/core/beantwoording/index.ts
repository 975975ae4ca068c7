// Beantwoording van Kamervragen: parsing and hyphenation joining (the rules judge the structure). See README.md.

export { joinHyphenation, type JoinedText } from './hyphenation';
export { parseBeantwoording } from './parse';
export { labelEvidence, letterMarkers, looksLikeBeantwoording, opensLikeKamervragen, type LabelEvidence } from './detect';
export { answerLabelFor } from './check';
export { matchLabel, parseNumberList, type LabelMatch, type NumberItem, type NumberList } from './labels';
export type { Answer, Beantwoording, CrossRef, Footnote, FootnoteMarker, Layout, Question } from './model';
