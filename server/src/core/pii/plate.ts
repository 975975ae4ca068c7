// Kentekens: Dutch licence plates in every sidecode (1 XX-99-99 … 14 999-XX-9): three groups joined by
// hyphens, six characters in all, letters and digits in alternating groups. Strong with a vehicle word
// nearby (kenteken, auto, vrachtwagen, oplegger …) or in a table column headed "Kenteken"; a warning without.
import type { SourceDocument } from '../source/types';
import type { PiiCandidate } from './types';
import { after, before, makeCandidate, tableColumnHeader } from './util';

/** The 14 sidecodes, L a letter, D a digit. */
const SIDECODES = ['LL-DD-DD', 'DD-DD-LL', 'DD-LL-DD', 'LL-DD-LL', 'LL-LL-DD', 'DD-LL-LL', 'DD-LLL-D', 'D-LLL-DD', 'LL-DDD-L', 'L-DDD-LL', 'LLL-DD-L', 'L-DD-LLL', 'D-LL-DDD', 'DDD-LL-D'];
/** Plates use no vowels (and so no look-alike words). */
const PLATE_LETTER = '[B-DF-HJ-NP-TV-Z]';
const PLATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${SIDECODES.map((code) => code.replace(/D/g, String.raw`\d`).replace(/L/g, PLATE_LETTER)).join('|')})(?![\p{L}\p{N}]|-[\p{L}\p{N}])`,
  'gu',
);
const VEHICLE = /(?:kenteken|nummerplaat|auto|personenauto|bestelauto|bestelbus|busje|vrachtwagen|oplegger|aanhanger|trekker|voertuig|motor|scooter|bromfiets|caravan|camper|rdw|geflitst|parkeer)/i;
const HEADER = /^(?:kenteken|nummerplaat|voertuig)/i;

export function findLicencePlates(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  const out: PiiCandidate[] = [];
  PLATE.lastIndex = 0;
  for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const header = tableColumnHeader(source, span.start);
    const column = header !== undefined && HEADER.test(header);
    const context = column || VEHICLE.test(before(text, span.start, 60)) || VEHICLE.test(after(text, span.end, 30));
    out.push(
      makeCandidate(
        'licence-plate',
        text,
        span,
        context ? 0.93 : 0.7,
        context ? ['pattern:sidecode', column ? 'table:column' : 'context:vehicle'] : ['pattern:sidecode'],
        { message: 'pii.licence-plate.what', args: { text: m[0] } },
        { message: context ? 'pii.licence-plate.context' : 'pii.licence-plate.pattern' },
        context,
      ),
    );
  }
  return out;
}
