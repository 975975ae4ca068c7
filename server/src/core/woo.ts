// The grounds for withholding information (Wet open overheid, art. 5.1 and 5.2) and the old Wob grounds
// (art. 10 and 11). Paraphrased from the law text, which is public domain (Auteurswet art. 11).

export interface WooGround {
  code: string;
  article: string;
  nl: string;
  en: string;
}

export const WOO_GROUNDS: readonly WooGround[] = [
  { code: '5.1.1a', article: 'art. 5.1, eerste lid, onder a, Woo', nl: 'de eenheid van de Kroon', en: 'the unity of the Crown' },
  { code: '5.1.1b', article: 'art. 5.1, eerste lid, onder b, Woo', nl: 'de veiligheid van de Staat', en: 'the security of the State' },
  { code: '5.1.1c', article: 'art. 5.1, eerste lid, onder c, Woo', nl: 'vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens', en: 'company and manufacturing data given in confidence' },
  { code: '5.1.1d', article: 'art. 5.1, eerste lid, onder d, Woo', nl: 'bijzondere persoonsgegevens (AVG, paragraaf 3.1)', en: 'special categories of personal data (GDPR)' },
  { code: '5.1.1e', article: 'art. 5.1, eerste lid, onder e, Woo', nl: 'persoonlijke identificatienummers, zoals het BSN', en: 'personal identification numbers such as the BSN' },
  { code: '5.1.2a', article: 'art. 5.1, tweede lid, onder a, Woo', nl: 'de betrekkingen van Nederland met andere staten en internationale organisaties', en: 'relations with other states and international organisations' },
  { code: '5.1.2b', article: 'art. 5.1, tweede lid, onder b, Woo', nl: 'de economische of financiële belangen van de Staat en andere overheden', en: 'the economic or financial interests of the State and other public bodies' },
  { code: '5.1.2c', article: 'art. 5.1, tweede lid, onder c, Woo', nl: 'de opsporing en vervolging van strafbare feiten', en: 'the investigation and prosecution of criminal offences' },
  { code: '5.1.2d', article: 'art. 5.1, tweede lid, onder d, Woo', nl: 'inspectie, controle en toezicht door bestuursorganen', en: 'inspection, control and supervision by administrative authorities' },
  { code: '5.1.2e', article: 'art. 5.1, tweede lid, onder e, Woo', nl: 'de eerbiediging van de persoonlijke levenssfeer', en: 'respect for personal privacy' },
  { code: '5.1.2f', article: 'art. 5.1, tweede lid, onder f, Woo', nl: 'andere concurrentiegevoelige bedrijfs- en fabricagegegevens', en: 'other competition-sensitive company and manufacturing data' },
  { code: '5.1.2g', article: 'art. 5.1, tweede lid, onder g, Woo', nl: 'de bescherming van het milieu waarop de informatie betrekking heeft', en: 'protection of the environment the information concerns' },
  { code: '5.1.2h', article: 'art. 5.1, tweede lid, onder h, Woo', nl: 'de beveiliging van personen en bedrijven en het voorkomen van sabotage', en: 'the security of persons and companies and preventing sabotage' },
  { code: '5.1.2i', article: 'art. 5.1, tweede lid, onder i, Woo', nl: 'het goed functioneren van de Staat en andere overheden', en: 'the proper functioning of the State and other public bodies' },
  { code: '5.1.5', article: 'art. 5.1, vijfde lid, Woo', nl: 'onevenredige benadeling van een ander belang', en: 'disproportionate harm to another interest' },
  { code: '5.2', article: 'art. 5.2 Woo', nl: 'persoonlijke beleidsopvattingen in documenten voor intern beraad', en: 'personal policy views in documents for internal deliberation' },
];

/** Grounds of the former Wet openbaarheid van bestuur (replaced by the Woo on 1 mei 2022). */
export const WOB_GROUNDS: readonly string[] = [
  '10.1.a', '10.1.b', '10.1.c', '10.1.d',
  '10.2.a', '10.2.b', '10.2.c', '10.2.d', '10.2.e', '10.2.f', '10.2.g',
  '11.1',
];

/** The Woo ground that replaced each Wob ground. */
export const WOB_TO_WOO: Readonly<Record<string, string>> = {
  '10.1a': '5.1.1a', '10.1b': '5.1.1b', '10.1c': '5.1.1c', '10.1d': '5.1.1d',
  '10.2a': '5.1.2a', '10.2b': '5.1.2b', '10.2c': '5.1.2c', '10.2d': '5.1.2d', '10.2e': '5.1.2e', '10.2f': '5.1.2f',
  '10.2g': '5.1.5', '11.1': '5.2',
};

const LID: Record<string, string> = { eerste: '1', tweede: '2', vijfde: '5', '1': '1', '2': '2', '5': '5' };
// "5.1.2e", "5.1.2.e", "5.2", or "(artikel) 5.1, tweede lid, onder e" / "5.1 lid 2 sub e".
const CODE_MENTION = /(?<![\d.])(5\.1\.[125]\.?[a-i]?|5\.2)(?![\d.]?\d)/giu;
const ARTICLE_MENTION = /(?<![\d.])5\.1,?\s{0,3}(?:(eerste|tweede|vijfde)\s{1,3}lid|lid\s{1,3}([125]))(?:,?\s{0,3}(?:onder|sub)\s{1,3}([a-i])\b)?/giu;

/** The Woo grounds a text names, by code or by article, normalised (`5.1.2e`). */
export function groundsNamedIn(text: string): Set<string> {
  const named = new Set<string>();
  for (const match of text.matchAll(CODE_MENTION)) named.add(normalizeGroundCode(match[1]));
  for (const match of text.matchAll(ARTICLE_MENTION)) {
    const lid = LID[(match[1] ?? match[2]).toLowerCase()];
    named.add(lid === '5' ? '5.1.5' : `5.1.${lid}${(match[3] ?? '').toLowerCase()}`);
  }
  return named;
}

/** `5.1.2.e` and `5.1.2e` are the same code; Wob codes compare without dots before the letter too. */
export function normalizeGroundCode(code: string): string {
  return code.toLowerCase().replace(/\.(?=[a-z]$)/, '');
}

export function wooGround(code: string): WooGround | undefined {
  const normalized = normalizeGroundCode(code);
  return WOO_GROUNDS.find((ground) => ground.code === normalized);
}

export function isWobGround(code: string): boolean {
  const normalized = normalizeGroundCode(code);
  return WOB_GROUNDS.some((ground) => normalizeGroundCode(ground) === normalized);
}
