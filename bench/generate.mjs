// Deterministic generator of realistic notas for the benchmark (seeded; same seed and size, same text).
//
// A generated nota has the canonical header of examples/goed/*.nota.md (`**Label**` + hard break +
// value), a subject, one purpose line, the sections in canonical order with Dutch prose paragraphs,
// bullet and numbered lists, dates (`12 maart 2024`, sometimes with a matching weekday), Kamer
// identifiers (`2024Z01294`, `2024D34636`, `kst-29279-874`), references (`2024-0000012345`),
// redaction markers with their Motivering, and a GFM Bijlagen table whose row count equals
// `Bijlage(n)` and whose rows the text refers to ("zie bijlage 2"). A large nota is still one nota:
// the same sections, each with many more paragraphs.
//
//   node bench/generate.mjs --kb 10 --seed 1 > x.nota.md      one nota (UTF-8 bytes ≈ kb × 1024)
//   node bench/generate.mjs --folder DIR --count 2000          a folder of notas, 3–16 KB each
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, good enough for text. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

const ADDRESSEES = [
  'Minister van Binnenlandse Zaken en Koninkrijksrelaties',
  'Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties',
  'Minister en staatssecretaris van BZK',
  'Minister voor Volkshuisvesting en Ruimtelijke Ordening',
  'Minister van Justitie en Veiligheid',
];
const UNITS = ['DGDOO', 'DGOO', 'DGKR', 'CZW', 'D&B', 'DGVB', 'FEZ', 'DCHB', 'DDO', 'BPZ', 'DGRB'];
const PURPOSES = ['BESLUITVORMING', 'INFORMATIE', 'ONDERTEKENING', 'ADVISERING', 'KENNISNAME', 'GOEDKEURING', 'BESPREKING'];
const NEEDS_BESLUIT = new Set(['BESLUITVORMING', 'ONDERTEKENING', 'ADVISERING', 'GOEDKEURING']);

const TOPICS = [
  ['de Regeling digitale toegankelijkheid overheidswebsites', 'digitale toegankelijkheid'],
  ['het Wetsvoorstel open overheid', 'openbaarheid van bestuur'],
  ['de Wet versterking decentrale rekenkamers', 'decentrale rekenkamers'],
  ['het programma Werken in de rijksdienst', 'werken in de rijksdienst'],
  ['de Uitvoeringsagenda dienstverlening', 'dienstverlening aan burgers'],
  ['de Kaderwet adviescolleges', 'adviescolleges'],
  ['het Interbestuurlijk programma', 'samenwerking tussen overheden'],
  ['de Wet digitale overheid', 'de digitale overheid'],
  ['de Archiefwet 2021', 'informatiehuishouding'],
  ['het Nationaal Programma Leefbaarheid en Veiligheid', 'leefbaarheid'],
];
const SUBJECT_FORMS = [
  (t) => `Voorstel voor ${t}`,
  (t) => `Stand van zaken van ${t}`,
  (t) => `Reactie op het advies over ${t}`,
  (t) => `Beantwoording van Kamervragen over ${t}`,
  (t) => `Voortgangsbrief over ${t}`,
];

const SUBJECTS = [
  'het kabinet', 'de minister', 'het ministerie', 'de Tweede Kamer', 'de Eerste Kamer', 'de werkgroep',
  'de Autoriteit Persoonsgegevens', 'de Vereniging van Nederlandse Gemeenten', 'het Interprovinciaal Overleg',
  'de Raad van State', 'de directie Constitutionele Zaken en Wetgeving', 'het programmateam',
  'de Algemene Rekenkamer', 'het Adviescollege Toetsing Regeldruk', 'de Unie van Waterschappen',
  'de uitvoeringsorganisatie', 'de Nationale ombudsman', 'de stuurgroep',
];
const VERBS = [
  { fin: 'heeft', part: 'besproken', sub: 'heeft besproken' },
  { fin: 'heeft', part: 'vastgesteld', sub: 'heeft vastgesteld' },
  { fin: 'heeft', part: 'aangekondigd', sub: 'heeft aangekondigd' },
  { fin: 'heeft', part: 'beoordeeld', sub: 'heeft beoordeeld' },
  { fin: 'onderzoekt', part: '', sub: 'onderzoekt' },
  { fin: 'evalueert', part: '', sub: 'evalueert' },
  { fin: 'bereidt', part: 'voor', sub: 'voorbereidt' },
  { fin: 'werkt', part: 'uit', sub: 'uitwerkt' },
  { fin: 'stelt', part: 'vast', sub: 'vaststelt' },
  { fin: 'ondersteunt', part: '', sub: 'ondersteunt' },
  { fin: 'zal', part: 'herzien', sub: 'zal herzien' },
  { fin: 'wil', part: 'versnellen', sub: 'wil versnellen' },
];
const OBJECTS = [
  'het wetsvoorstel', 'de uitvoeringstoets', 'de voortgangsrapportage', 'het implementatieplan',
  'de beleidsdoorlichting', 'de kabinetsreactie', 'het conceptbesluit', 'de nota van wijziging',
  'de tussenevaluatie', 'de monitor', 'de financiële onderbouwing', 'het advies van de Raad van State',
  'de afspraken met de medeoverheden', 'de planning', 'de internetconsultatie', 'de regeldrukparagraaf',
  'de communicatiestrategie', 'de risicoanalyse', 'de beantwoording van de schriftelijke vragen',
];
const ADJUNCTS = [
  () => 'in het voorjaar',
  () => 'na overleg met de medeoverheden',
  () => 'binnen de bestaande middelen',
  () => 'in lijn met het coalitieakkoord',
  () => 'zorgvuldig',
  () => 'met voorrang',
  () => 'in samenhang met de andere trajecten',
  (g) => `op ${g.date()}`,
  (g) => `vóór ${g.date()}`,
  (g) => `in het commissiedebat van ${g.date()}`,
  (g) => `naar aanleiding van Kamervragen ${g.zaak()}`,
  (g) => `(Kamerstuk ${g.kst()})`,
];
const SENTENCES = [
  (g) => `${g.cap(g.subject())} ${g.mainClause()}.`,
  (g) => `${g.cap(g.subject())} ${g.mainClause()}, zodat ${g.subject()} ${g.subClause()}.`,
  (g) => `Op ${g.dateWithWeekday()} ${g.verb().fin} ${g.subject()} ${g.pick(OBJECTS)} ${g.verbPart()}.`.replace(/ +\./, '.').replace(/ {2,}/g, ' '),
  (g) => `Naar verwachting is ${g.pick(OBJECTS)} ${g.pick(['in het najaar', 'voor de zomer', 'eind dit jaar', `op ${g.date()}`])} gereed.`,
  (g) => `Dit betekent dat ${g.subject()} ${g.subClause()}.`,
  (g) => `De structurele kosten bedragen € ${g.int(1, 90)},${g.int(0, 9)} miljoen per jaar; ${g.pick(['deze worden gedekt uit de begroting van BZK', 'dekking is nog niet gevonden', 'de eenmalige kosten komen daarbovenop', 'zie voor de onderbouwing ' + g.bijlageRef()])}.`,
  (g) => `In de beantwoording van de Kamervragen van het lid ${g.pick(['Van Haga', 'Bikker', 'Leijten', 'Omtzigt', 'Sneller'])} (${g.zaak()}) is toegezegd dat ${g.subject()} ${g.subClause()}.`,
  (g) => `Minister ${g.pick(['Bruins Slot', 'De Jonge', 'Dijkgraaf', 'Adema'])} heeft ${g.pick(['in het debat', 'in een brief', 'schriftelijk'])} op ${g.date()} toegezegd dat ${g.subject()} ${g.subClause()}.`,
  (g) => `Het advies van ${g.subject()} van ${g.date()} (${g.docId()}) is verwerkt in ${g.pick(OBJECTS)}.`,
  (g) => `Zie voor een overzicht ${g.bijlageRef()}.`,
  (g) => `Wij adviseren u ${g.pick(OBJECTS)} ${g.pick(['aan te houden', 'vast te stellen', 'aan de Kamer te zenden', 'te bespreken in de ministerstaf'])}.`,
  (g) => `Voor vragen kunt u contact opnemen met ${g.redaction()} (${g.pick(UNITS)}).`,
  (g) => `Het ${g.pick(['*Besluit*', '**kader**', 'beleidskader', '`model`'])} wordt ${g.pick(['per 1 januari', 'per 1 juli'])} ${g.int(2024, 2026)} van kracht.`,
];

class Gen {
  constructor(seed, year) {
    Object.assign(this, rng(seed));
    this.year = year;
    this.bijlagen = 0;
  }
  cap(s) {
    return s[0].toUpperCase() + s.slice(1);
  }
  subject() {
    return this.pick(SUBJECTS);
  }
  verb() {
    return (this.lastVerb = this.pick(VERBS));
  }
  verbPart() {
    return this.lastVerb.part;
  }
  mainClause() {
    const v = this.verb();
    return [v.fin, this.pick(OBJECTS), this.pick(ADJUNCTS)(this), v.part].filter(Boolean).join(' ');
  }
  subClause() {
    const v = this.verb();
    return [this.pick(OBJECTS), this.pick(ADJUNCTS)(this), v.sub].join(' ');
  }
  /** A valid date within the nota's year or the year before. */
  dateParts() {
    const year = this.year - this.int(0, 1);
    const month = this.int(0, 11);
    const day = this.int(1, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
    return { year, month, day };
  }
  date() {
    const { year, month, day } = this.dateParts();
    return `${day} ${MONTHS[month]} ${year}`;
  }
  dateWithWeekday() {
    const { year, month, day } = this.dateParts();
    const prefix = this.chance(0.3) ? `${WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()]} ` : '';
    return `${prefix}${day} ${MONTHS[month]} ${year}`;
  }
  zaak() {
    return `${this.year - this.int(0, 1)}Z${String(this.int(1, 24999)).padStart(5, '0')}`;
  }
  docId() {
    return `${this.year - this.int(0, 1)}D${String(this.int(1, 49999)).padStart(5, '0')}`;
  }
  kst() {
    return `kst-${this.int(29000, 36500)}-${this.int(1, 999)}`;
  }
  redaction() {
    return '[5.1.2e]';
  }
  bijlageRef() {
    return this.bijlagen > 0 ? `bijlage ${this.int(1, this.bijlagen)}` : 'de brief aan de Kamer';
  }
  sentence() {
    return this.pick(SENTENCES)(this);
  }
  paragraph(min = 3, max = 7) {
    const n = this.int(min, max);
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out.join(' ');
  }
  listItem() {
    return `${this.cap(this.subject())} ${this.mainClause()}.`;
  }
}

/** Bulk sections and their share of the prose; the required ones stay short, as in real notas. */
const BULK = [
  ['Toelichting', 40],
  ['Politieke context', 12],
  ['Financiële consequenties', 12],
  ['Juridische aspecten', 12],
  ['Communicatie', 8],
  ['Uitvoering', 16],
];

const BIJLAGE_NAMES = [
  'Conceptregeling', 'Nota van toelichting', 'Uitvoeringstoets', 'Advies Raad van State', 'Kamerbrief',
  'Beantwoording Kamervragen', 'Reactie VNG', 'Financiële bijlage', 'Planning', 'Verslag internetconsultatie',
];

/**
 * One nota of about `bytes` UTF-8 bytes (never less; at most one sentence or list item more).
 * Options: seed, bytes, purpose, faults (0..1: chance of a typical fault, for folders).
 */
export function generateNota({ seed = 1, bytes = 10 * 1024, purpose, faults = 0 } = {}) {
  const year = 2023 + (seed % 3);
  const g = new Gen(seed, year);
  const [topic, theme] = g.pick(TOPICS);
  const goal = purpose ?? g.pick(PURPOSES);
  g.bijlagen = bytes < 3 * 1024 ? 0 : g.int(1, Math.min(BIJLAGE_NAMES.length, 2 + Math.floor(Math.log2(bytes / 1024))));
  const fault = g.chance(faults) ? g.pick(['kern-missing', 'typo-heading', 'bad-date', 'count', 'order']) : undefined;

  const head = [
    `**Aan**  \n${g.pick(ADDRESSEES)}`,
    `**Van**  \n${g.pick(UNITS)}`,
    '## nota',
    g.pick(SUBJECT_FORMS)(topic),
    `### TER ${goal}`,
    `**Nota actief openbaar**  \n${g.chance(0.85) ? 'Ja' : 'Nee'}`,
    `**Onze referentie**  \n${year}-${String(g.int(1, 9999999999)).padStart(10, '0')}`,
    `**Datum**  \n${fault === 'bad-date' ? `31 november ${year}` : `${g.int(1, 28)} ${MONTHS[g.int(0, 11)]} ${year}`}`,
    `**Opgesteld door**  \n[5.1.2e]`,
    `**Samengewerkt met**  \n${[...new Set([g.pick(UNITS), g.pick(UNITS)])].join(', ')}`,
    `**Bijlage(n)**  \n${fault === 'count' ? g.bijlagen + 1 : g.bijlagen}`,
  ];
  // Sections: name → blocks. The skeleton first, so a 1 KB nota is still complete.
  const sections = new Map();
  sections.set(fault === 'typo-heading' ? 'Aanleding' : 'Aanleiding', [`Op ${g.date()} heeft de Tweede Kamer een motie aangenomen over ${theme} (${g.zaak()}).`]);
  if (NEEDS_BESLUIT.has(goal)) sections.set('Geadviseerd besluit', ['U wordt verzocht in te stemmen met het voorstel.']);
  if (fault !== 'kern-missing') sections.set('Kern', [`- ${g.listItem()}`]);
  const bulkStart = sections.size;
  for (const [name] of BULK) sections.set(name, []);
  const tail = [];
  tail.push(['Informatie die niet openbaar gemaakt kan worden', ['#### Motivering', 'In de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo.']]);
  if (g.bijlagen > 0) {
    const rows = ['| Volgnummer | Naam | Informatie |', '| --- | --- | --- |'];
    for (let i = 1; i <= g.bijlagen; i++) rows.push(`| ${i} | ${g.pick(BIJLAGE_NAMES)} ${theme} | ${g.pick(['Ter informatie', 'Ter ondertekening', 'Openbaar', 'Vertrouwelijk'])} |`);
    tail.push(['Bijlagen', [rows.join('\n')]]);
  }

  const render = () => {
    const parts = [...head];
    const ordered = [...sections].filter(([, blocks]) => blocks.length > 0);
    if (fault === 'order' && ordered.length > 2) [ordered[0], ordered[1]] = [ordered[1], ordered[0]];
    for (const [name, blocks] of [...ordered, ...tail]) parts.push(`### ${name}`, ...blocks);
    return parts.join('\n\n') + '\n';
  };
  const fixed = Buffer.byteLength(render());
  let size = fixed;
  // Fill: pick a section by weight, add a block (paragraph, bullet list or numbered list) sentence by
  // sentence, stop as soon as the size is reached. Sizes are counted incrementally (2 bytes per join).
  const names = [...sections.keys()];
  const weights = names.map((name, i) => (i < bulkStart ? (name === 'Kern' ? 6 : 3) : BULK.find(([n]) => n === name)[1]));
  const total = weights.reduce((a, b) => a + b, 0);
  const chooseSection = () => {
    let r = g.next() * total;
    for (let i = 0; i < names.length; i++) if ((r -= weights[i]) < 0) return names[i];
    return names[names.length - 1];
  };
  while (size < bytes) {
    const name = chooseSection();
    const blocks = sections.get(name);
    const kind = name === 'Kern' ? 'bullets' : g.chance(0.15) ? 'bullets' : g.chance(0.08) ? 'numbered' : 'prose';
    const headingCost = blocks.length === 0 ? Buffer.byteLength(`### ${name}`) + 2 : 0;
    let block = '';
    const count = kind === 'prose' ? g.int(3, 7) : g.int(2, 6);
    for (let i = 0; i < count && (i === 0 || size + headingCost + Buffer.byteLength(block) + 2 < bytes); i++) {
      const piece = kind === 'prose' ? g.sentence() : kind === 'bullets' ? `- ${g.listItem()}` : `${i + 1}. ${g.listItem()}`;
      block = block ? `${block}${kind === 'prose' ? ' ' : '\n'}${piece}` : piece;
    }
    blocks.push(block);
    size += headingCost + Buffer.byteLength(block) + 2;
  }
  return render();
}

/** The sizes used for a folder: 3–16 KB, like real notas of two to five pages. */
export function folderSizes(count, seed = 7) {
  const r = rng(seed);
  return Array.from({ length: count }, () => r.int(3, 16) * 1024 + r.int(0, 1023));
}

/** Writes `count` notas into `dir` (20 sub-folders), 10% with a typical fault. Returns the paths. */
export function writeFolder(dir, count, seed = 7) {
  const files = [];
  folderSizes(count, seed).forEach((bytes, i) => {
    const sub = path.join(dir, `directie-${String(i % 20).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `nota-${String(i + 1).padStart(4, '0')}.nota.md`);
    fs.writeFileSync(file, generateNota({ seed: seed * 100003 + i, bytes, faults: 0.1 }));
    files.push(file);
  });
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  if (arg('folder')) {
    const files = writeFolder(arg('folder'), Number(arg('count', 2000)), Number(arg('seed', 7)));
    process.stderr.write(`${files.length} notas in ${arg('folder')}\n`);
  } else {
    process.stdout.write(generateNota({ seed: Number(arg('seed', 1)), bytes: Number(arg('kb', 10)) * 1024, purpose: arg('purpose') }));
  }
}
