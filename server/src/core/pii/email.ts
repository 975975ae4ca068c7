// E-mail addresses: found by expanding around each '@' (bounded, linear), split into personal and
// functional mailboxes. Functional mailboxes (postbus@, info@, woo@, …) are not personal data.
import type { PiiCandidate } from './types';
import { makeCandidate } from './util';
import { FIRST_NAMES } from './lexicon';

const LOCAL_CHAR = /[A-Za-z0-9._%+'\-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.\-]/;

/** Words that make a mailbox functional when they are one of the local part's tokens (or its prefix). */
export const FUNCTIONAL_MAILBOX_WORDS = new Set([
  'postbus', 'info', 'informatie', 'woo', 'wob', 'woo-verzoek', 'wooverzoeken', 'secretariaat', 'noreply', 'no-reply',
  'donotreply', 'communicatie', 'pers', 'persvoorlichting', 'persvragen', 'voorlichting', 'servicedesk', 'helpdesk',
  'contact', 'klantcontact', 'webmaster', 'webredactie', 'redactie', 'privacy', 'fg', 'avg', 'dpo', 'klachten',
  'klacht', 'vragen', 'postkamer', 'kabinet', 'subsidies', 'subsidie', 'facturen', 'factuur', 'crediteuren',
  'debiteuren', 'administratie', 'team', 'bureau', 'afdeling', 'directie', 'loket', 'meldpunt', 'aanvragen',
  'aanvraag', 'secretariaat-generaal', 'bestuurssecretariaat', 'dossiers', 'archief', 'dienstpostbus', 'functionaris',
  'gegevensbescherming', 'integriteit', 'vertrouwenspersoon', 'security', 'cert', 'csirt', 'abuse', 'postmaster',
  'hostmaster', 'support', 'service', 'office', 'mail', 'email', 'nieuwsbrief', 'newsletter', 'events', 'evenementen',
  'beleid', 'juridisch', 'planning', 'hr', 'p-o', 'inkoop', 'bezwaar', 'bezwaren', 'beroep', 'ict', 'it', 'dgdoo',
  'dgoo', 'cio', 'cdo', 'sg', 'psg', 'dg', 'bsk', 'kamerbrieven', 'kamervragen', 'parlementaire', 'zaken',
  'programma', 'project', 'projectbureau', 'ondersteuning', 'bestuursondersteuning', 'agenda', 'receptie', 'balie',
  'beveiliging', 'facilitair', 'rijksoverheid', 'public', 'press', 'media', 'social', 'webcare', 'coordinatie',
  'coördinatie', 'directeur', 'algemeen', 'general', 'admin', 'info-', 'notificaties', 'meldingen', 'melding',
  'uitvoering', 'toezicht', 'inspectie', 'handhaving',
]);

function isFunctional(local: string): boolean {
  const l = local.toLowerCase();
  if (FUNCTIONAL_MAILBOX_WORDS.has(l)) return true;
  const tokens = l.split(/[._+\-]+/).filter(Boolean);
  for (const t of tokens) if (FUNCTIONAL_MAILBOX_WORDS.has(t)) return true;
  // compound prefixes: postbusbzk@, infodesk@, wooverzoek@, secretariaatdgdoo@
  for (const w of ['postbus', 'info', 'woo', 'secretariaat', 'noreply', 'communicatie', 'persvoorlichting', 'servicedesk', 'helpdesk', 'contact', 'webmaster', 'klantcontact', 'meldpunt', 'loket']) {
    if (l.startsWith(w)) return true;
  }
  return false;
}

const FREE_MAIL = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|xs4all|hetnet|chello|casema|quicknet|zeelandnet|tele2|online|upcmail|proton|protonmail|gmx|telfort)\./i;

function nameLike(local: string): { like: boolean; first?: string } {
  const tokens = local.split(/[._\-]+/).filter(Boolean);
  if (tokens.length >= 2) {
    const first = tokens[0].charAt(0).toUpperCase() + tokens[0].slice(1).toLowerCase();
    if (FIRST_NAMES.has(first)) return { like: true, first };
    if (tokens[0].length === 1 && /^[a-z]$/i.test(tokens[0])) return { like: true };
    if (tokens.some((t) => t.length >= 4) && tokens.every((t) => /^[a-z]+$/i.test(t)) && !tokens.every((t) => t.length <= 3)) return { like: true };
  }
  if (tokens.length === 1) {
    const t = tokens[0].charAt(0).toUpperCase() + tokens[0].slice(1).toLowerCase();
    if (FIRST_NAMES.has(t)) return { like: true, first: t };
  }
  return { like: false };
}

export function findEmails(text: string): PiiCandidate[] {
  const out: PiiCandidate[] = [];
  let from = 0;
  let lastEnd = -1;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    from = at + 1;
    // local part: expand left, at most 64 characters
    let s = at;
    while (s > 0 && at - s < 65 && LOCAL_CHAR.test(text[s - 1])) s--;
    if (at - s > 64 || s === at) continue;
    if (s <= lastEnd) continue;
    // domain: expand right, at most 253 characters
    let e = at + 1;
    while (e < text.length && e - at <= 254 && DOMAIN_CHAR.test(text[e])) e++;
    if (e - at > 254) continue;
    // trim dots/dashes around
    while (s < at && (text[s] === '.' || text[s] === '-')) s++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (!local || local.includes('..') || !domain) continue;
    const labels = domain.split('.');
    if (labels.length < 2) continue;
    const tld = labels[labels.length - 1];
    if (!/^[A-Za-z]{2,24}$/.test(tld)) continue;
    if (labels.some((lab) => lab.length === 0 || lab.length > 63 || lab.startsWith('-') || lab.endsWith('-'))) continue;
    if (text[e] === '@') continue; // a@b.c@d: not an address
    if (text[s - 1] === '@') continue;
    lastEnd = e;
    from = e;
    if (isFunctional(local)) continue;
    const free = FREE_MAIL.test(domain);
    const like = nameLike(local);
    const reasons = ['pattern:email'];
    // a single word that is no first name ("najaarsvaccinatie@", "meldkamer@") is most likely a team mailbox
    const singleWord = (/^[a-z]+$/i.test(local) || local.split(/[._\-]+/).every((t) => t.length <= 3)) && !like.like;
    let score = singleWord ? 0.45 : 0.75;
    if (singleWord) reasons.push('localpart:word');
    if (like.like) {
      reasons.push('localpart:name');
      score = 0.92;
    }
    if (like.first) reasons.push('list:firstname');
    if (free) {
      reasons.push('domain:private');
      score = Math.max(score, 0.9);
    }
    const addr = text.slice(s, e);
    out.push(
      makeCandidate(
        'email',
        text,
        { start: s, end: e },
        score,
        reasons,
        { nl: `E-mailadres ${addr}`, en: `E-mail address ${addr}` },
        {
          nl: `${like.like ? 'het deel voor de @ lijkt op een naam' : 'geen functionele mailbox (zoals postbus@ of info@)'}${free ? ', bij een particuliere provider' : ''}`,
          en: `${like.like ? 'the part before the @ looks like a name' : 'not a functional mailbox (such as postbus@ or info@)'}${free ? ', at a private provider' : ''}`,
        },
        like.like || free,
      ),
    );
  }
  return out;
}
