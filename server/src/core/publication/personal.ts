// What kind of personal data a text found in a published file holds (a metadata field, a comment, the text
// under a box): the pub-* rules and the cleaned-copy verdict ask it the same way.
import { detectPersonalData } from '../pii';
import { readSource } from '../source/document';

/** The first kind of personal data in the text ("name", "email", "phone", …), or undefined. */
export function personalKind(text: string, publicPersons: readonly string[]): string | undefined {
  return detectPersonalData(readSource(text), { publicPersons: [...publicPersons] }).map((candidate) => candidate.type)[0];
}
