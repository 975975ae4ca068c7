// Helpers of the beantwoording model that the rules and quick fixes share.

import type { Beantwoording } from './model';

/**
 * Text of an answer label for question `n` in the style of the document: the first numbered answer
 * label with its number replaced (`**Antwoord vraag 3**` → `**Antwoord vraag 5**`), else
 * `Antwoord vraag N` for layout labelled-vraag and `Antwoord N` otherwise.
 */
export function answerLabelFor(b: Beantwoording, n: number): string {
  const text = b.joined.original;
  const model = b.answers.find((a) => a.labelSpan && a.numberSpan && a.numbers.length === 1);
  if (model && model.labelSpan && model.numberSpan) {
    return (
      text.slice(model.labelSpan.start, model.numberSpan.start) + String(n) + text.slice(model.numberSpan.end, model.labelSpan.end)
    );
  }
  return b.layout === 'labelled-vraag' ? `Antwoord vraag ${n}` : `Antwoord ${n}`;
}
