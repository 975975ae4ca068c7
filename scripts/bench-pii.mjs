// Personal-data detector benchmark: precision, recall and F1 per type on the labelled corpus in
// test/pii-corpus/ (dev and held-out parts), plus the number of findings on the published documents in
// ../shared/corpus (must be 0). Run: node --import tsx scripts/bench-pii.mjs [--verbose] [--part dev|heldout|blind|blind2|blind3|blind4|blind5|blind6|blind7]
// Also: alarms on annotated look-alikes per kind, findings that leave part of a gold span uncovered, and F2
// (recall weighted: a missed name costs more than an extra warning). blind4/, blind5/, blind6/ and blind7/ are scored only when named.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { detectPersonalData: detectInSource } = await import(path.join(root, 'server/src/core/pii/index.ts'));
const { readSource } = await import(path.join(root, 'server/src/core/source/document.ts'));
/** The detectors read the source layer, as the model gives it to them. */
const detectPersonalData = (text, options) => detectInSource(readSource(text), options);

const verbose = process.argv.includes('--verbose');
const partArg = process.argv.indexOf('--part');
const onlyPart = partArg > 0 ? process.argv[partArg + 1] : undefined;
const TYPES = ['bsn', 'iban', 'phone', 'email', 'address', 'name', 'signature', 'birthdate', 'licence-plate', 'id-document', 'v-number', 'personnel-number', 'case-number', 'special-category'];
const STRUCTURED = ['bsn', 'iban', 'phone', 'email', 'address'];
const NEW_KINDS = ['licence-plate', 'id-document', 'v-number', 'personnel-number', 'case-number', 'special-category'];

/** Gold spans: every occurrence of `text` (or only the nth ones), not inside a letter/digit run. */
function goldSpans(text, items) {
  const spans = [];
  for (const it of items) {
    if (it.type === 'lookalike') continue;
    const occ = [];
    let from = 0;
    for (;;) {
      const i = text.indexOf(it.text, from);
      if (i < 0) break;
      from = i + 1;
      const before = text[i - 1];
      const after = text[i + it.text.length];
      if ((before && /[\p{L}\p{N}]/u.test(before) && /^[\p{L}\p{N}]/u.test(it.text)) || (after && /[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]$/u.test(it.text))) continue;
      occ.push({ start: i, end: i + it.text.length });
    }
    const nth = it.nth === undefined ? undefined : Array.isArray(it.nth) ? it.nth : [it.nth];
    occ.forEach((s, k) => {
      if (!nth || nth.includes(k + 1)) spans.push({ type: it.type, ...s, text: it.text });
    });
  }
  // drop duplicates and spans contained in another gold span of the same type
  return spans.filter((s, k) => !spans.some((o, j) => j !== k && o.type === s.type && o.start <= s.start && s.end <= o.end && (o.end - o.start > s.end - s.start || j < k)));
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** The look-alike spans (text that must not be flagged), with their kind. */
function lookalikeSpans(text, items) {
  const spans = [];
  for (const it of items) {
    if (it.type !== 'lookalike') continue;
    for (let i = text.indexOf(it.text); i >= 0; i = text.indexOf(it.text, i + 1)) spans.push({ kind: it.kind ?? 'other', start: i, end: i + it.text.length, text: it.text });
  }
  return spans;
}

const FORM_OF_ADDRESS = /^(?:(?:de\s+)?(?:heer|mevrouw|mevr\.|mw\.|dhr\.)\s+)?(?:(?:mr|dr|drs|ir|prof)\.\s*)*/i;

/** Whether the findings together cover the whole gold span (nothing identifying left after redaction). */
function covered(gold, findings) {
  // whitespace and punctuation (at the edges of a gold span, or between two findings that cover its parts, as in
  // "Surname, Firstname" or "Wiggers & Brouwer") do not identify
  const blank = (from, to) => /^[\s.,;:()&/-]*$/.test(gold.text.slice(from - gold.start, to - gold.start));
  // a form of address or title before the name ("de heer De Wulf", "Mr. Wiggers") does not identify: Woo
  // redaction leaves "de heer [5.1.2e]" standing
  let at = gold.start + (FORM_OF_ADDRESS.exec(gold.text)?.[0].length ?? 0);
  for (const c of [...findings].sort((a, b) => a.span.start - b.span.start)) {
    if (c.span.start > at && !blank(at, c.span.start)) break;
    at = Math.max(at, c.span.end);
  }
  return at >= gold.end || blank(at, gold.end);
}

function evaluate(part) {
  const dir = path.join(root, 'test/pii-corpus', part);
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, gold: 0, found: 0, partial: 0 }]));
  const alarms = {};
  const errors = [];
  let docs = 0;
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.gold.json') || f.endsWith('.options.json')) continue;
    const base = f.replace(/\.(?:nota|kv)\.(?:md|txt)$|\.nota$|\.txt$/, '');
    const goldFile = path.join(dir, base + '.gold.json');
    if (!existsSync(goldFile)) continue;
    docs++;
    const text = readFileSync(path.join(dir, f), 'utf8');
    const items = JSON.parse(readFileSync(goldFile, 'utf8')).items;
    const gold = goldSpans(text, items);
    const lookalikes = lookalikeSpans(text, items);
    const optFile = path.join(dir, base + '.options.json');
    const options = existsSync(optFile) ? JSON.parse(readFileSync(optFile, 'utf8')) : { publicPersons: [] };
    const found = detectPersonalData(text, options);
    for (const l of lookalikes) {
      const alarm = found.find((c) => overlaps(l, c.span) && !gold.some((g) => overlaps(g, c.span)));
      alarms[l.kind] ??= { spans: 0, alarms: 0 };
      alarms[l.kind].spans++;
      if (alarm) {
        alarms[l.kind].alarms++;
        errors.push(`${part}/${f}: ALARM on look-alike ${l.kind} ${JSON.stringify(l.text)} (found ${alarm.type} ${JSON.stringify(alarm.text)})`);
      }
    }
    for (const t of TYPES) {
      const g = gold.filter((s) => s.type === t);
      const p = found.filter((c) => c.type === t);
      counts[t].gold += g.length;
      counts[t].found += p.length;
      for (const c of p) {
        if (g.some((s) => overlaps(s, c.span))) counts[t].tp++;
        else {
          counts[t].fp++;
          errors.push(`${part}/${f}: FP ${t} ${JSON.stringify(c.text)} [${c.reasons.join(',')}] ${c.score}`);
        }
      }
      for (const s of g) {
        const hits = p.filter((c) => overlaps(s, c.span));
        if (hits.length > 0 && !covered(s, hits)) {
          counts[t].partial++;
          errors.push(`${part}/${f}: PARTIAL ${t} ${JSON.stringify(s.text)} covered only by ${hits.map((c) => JSON.stringify(c.text)).join(', ')}`);
        }
        if (hits.length === 0) {
          counts[t].fn++;
          const other = found.find((c) => overlaps(s, c.span));
          errors.push(`${part}/${f}: FN ${t} ${JSON.stringify(s.text)}${other ? ` (found as ${other.type})` : ''}`);
        }
      }
    }
  }
  return { counts, alarms, errors, docs };
}

function row(name, c) {
  const precision = c.found === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.found;
  const foundGold = c.gold - c.fn;
  const recall = c.gold === 0 ? 1 : foundGold / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return `| ${name} | ${c.gold} | ${c.found} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${f2.toFixed(3)} | ${c.partial} |`;
}

function table(title, counts, alarms) {
  const lines = [`### ${title}`, '', '| type | gold | found | precision | recall | F1 | F2 | partly covered |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const zero = () => ({ tp: 0, fp: 0, fn: 0, gold: 0, found: 0, partial: 0 });
  const total = zero();
  const structured = zero();
  const kinds = zero();
  for (const t of TYPES) {
    if (counts[t].gold === 0 && counts[t].found === 0) continue;
    lines.push(row(t, counts[t]));
    for (const k of Object.keys(total)) total[k] += counts[t][k];
    if (STRUCTURED.includes(t)) for (const k of Object.keys(total)) structured[k] += counts[t][k];
    if (NEW_KINDS.includes(t)) for (const k of Object.keys(total)) kinds[k] += counts[t][k];
  }
  lines.push(row('**structured** (bsn, iban, phone, email, address)', structured));
  if (kinds.gold + kinds.found > 0) lines.push(row('**new kinds** (plates, documents, V-, personnel and case numbers, special categories)', kinds));
  lines.push(row('**all**', total));
  if (alarms && Object.keys(alarms).length > 0) {
    lines.push('', '| look-alike kind | spans | alarms |', '| --- | ---: | ---: |');
    for (const [kind, a] of Object.entries(alarms).sort()) lines.push(`| ${kind} | ${a.spans} | ${a.alarms} |`);
  }
  return lines.join('\n');
}

// blind/: written by someone who never saw the detectors, and never tuned on.
const parts = onlyPart ? [onlyPart] : ['dev', 'heldout', 'blind', 'blind2', 'blind3'];
const all = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, gold: 0, found: 0, partial: 0 }]));
const out = ['## Personal-data detection (test/pii-corpus)', ''];
const allErrors = [];
for (const part of parts) {
  const { counts, alarms, errors, docs } = evaluate(part);
  out.push(table(`${part} (${docs} documents)`, counts, alarms), '');
  for (const t of TYPES) for (const k of Object.keys(all[t])) all[t][k] += counts[t][k];
  allErrors.push(...errors);
}
if (parts.length > 1) out.push(table(parts.join(' + '), all), '');

// the published, redacted documents: zero findings required
const seedDir = path.resolve(root, '../shared/corpus');
if (existsSync(seedDir)) {
  out.push('### Published documents (../shared/corpus): findings must be 0', '', '| file | findings |', '| --- | ---: |');
  let total = 0;
  for (const f of readdirSync(seedDir).sort()) {
    const text = readFileSync(path.join(seedDir, f), 'utf8');
    const found = detectPersonalData(text, { publicPersons: [] });
    total += found.length;
    out.push(`| ${f} | ${found.length} |`);
    for (const c of found) allErrors.push(`seed/${f}: ${c.type} ${JSON.stringify(c.text)} [${c.reasons.join(',')}]`);
  }
  out.push(`| **total** | ${total} |`, '');
}
console.log(out.join('\n'));
if (verbose && allErrors.length) console.log('Errors:\n' + allErrors.map((e) => '- ' + e).join('\n'));
