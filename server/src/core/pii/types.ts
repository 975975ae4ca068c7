import type { DateMention } from '../dates';
import type { Span } from '../types';
import type { Tok } from './nameparse';

export type PiiType =
  | 'bsn'
  | 'iban'
  | 'phone'
  | 'email'
  | 'address'
  | 'name'
  | 'signature'
  | 'birthdate'
  | 'licence-plate'
  | 'id-document'
  | 'v-number'
  | 'personnel-number'
  | 'case-number'
  | 'special-category';

export interface PiiOptions {
  /** Names configured as public (Kamerleden, bewindspersonen, …): never reported, nor any mention of them. */
  publicPersons: string[];
  /** Names known to be civil servants, e.g. the value of the "Opgesteld door" field, given by the caller. */
  civilServantNames?: string[];
  /** Spans to skip: code blocks, comments, redaction markers. A candidate overlapping one is dropped. */
  excluded?: Span[];
  /** Candidates scoring below this are dropped by `detectPersonalData` (default 0.5). */
  minScore?: number;
  /** Use the built-in list of Dutch politicians (data/public-persons-nl.json) as public persons (default true). */
  builtinPublicPersons?: boolean;
  /** The dates of the text (the model's date mentions); read afresh when not given. */
  dates?: readonly DateMention[];
  /** Tokenises the text for the name analysis (the cache layer passes one that reuses unchanged lines). */
  tokens?: (text: string) => Tok[];
  /** Addresses that are public (office addresses of organisations), beside the built-in list of government offices. */
  publicAddresses?: string[];
}

export interface PiiExplanation {
  nl: string;
  en: string;
}

export interface PiiCandidate {
  type: PiiType;
  span: Span;
  /** The text of `span`. */
  text: string;
  /** How sure the detector is that this is personal data, 0..1. */
  score: number;
  /** Short machine ids: 'elfproef', 'context:bsn', 'pattern:06', 'honorific', 'initials', 'list:firstname', 'near:phone', … */
  reasons: string[];
  /** What was found, why, and how sure, for hover. */
  explanation: PiiExplanation;
  /** Strong evidence (e.g. a BSN with a context word): the rule reports an error instead of a warning. */
  strong: boolean;
  /**
   * The Woo ground the redaction names when it is an absolute one: 5.1.1d for special categories of personal
   * data, 5.1.1e for identification numbers prescribed by law (BSN, V-nummer). Absent: the configured marker.
   */
  ground?: '5.1.1d' | '5.1.1e';
}
