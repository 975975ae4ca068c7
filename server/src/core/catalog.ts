// What a nota consists of (spec §2 and §3): header fields, purposes and sections in canonical order.
import type { MessageRef } from './messages';

export type FieldKey =
  | 'aan'
  | 'van'
  | 'actiefOpenbaar'
  | 'referentie'
  | 'datum'
  | 'opgesteldDoor'
  | 'samengewerktMet'
  | 'bijlagen';

export interface FieldDef {
  key: FieldKey;
  /** The label as the canonical form writes it. */
  label: string;
  /** Lower-case labels recognised for this field. */
  labels: string[];
  required: boolean;
}

/** In canonical order (seed 000): Aan and Van first, the rest after the purpose line. */
export const FIELDS: readonly FieldDef[] = [
  { key: 'aan', label: 'Aan', labels: ['aan'], required: true },
  { key: 'van', label: 'Van', labels: ['van'], required: true },
  { key: 'actiefOpenbaar', label: 'Nota actief openbaar', labels: ['nota actief openbaar', 'actief openbaar'], required: true },
  { key: 'referentie', label: 'Onze referentie', labels: ['onze referentie', 'ons kenmerk'], required: true },
  { key: 'datum', label: 'Datum', labels: ['datum'], required: true },
  { key: 'opgesteldDoor', label: 'Opgesteld door', labels: ['opgesteld door'], required: true },
  { key: 'samengewerktMet', label: 'Samengewerkt met', labels: ['samengewerkt met'], required: false },
  { key: 'bijlagen', label: 'Bijlage(n)', labels: ['bijlage(n)', 'bijlage'], required: true },
];

/** Fields written before the document cue and purpose line; the others follow the purpose line. */
export const ADDRESS_FIELDS: readonly FieldKey[] = ['aan', 'van'];

export function fieldDef(key: FieldKey): FieldDef {
  return FIELDS.find((field) => field.key === key)!;
}

export const DEFAULT_PURPOSES: readonly string[] = [
  'BESLUITVORMING',
  'ONDERTEKENING',
  'INFORMATIE',
  'ADVISERING',
  'KENNISNAME',
  'GOEDKEURING',
  'BESPREKING',
];

/** When a section is required: always, never, or only for the listed purposes. */
export type Requirement = 'always' | 'never' | { purposes: string[] } | 'whenBijlagen';

export interface SectionDef {
  id: string;
  name: string;
  aliases: string[];
  requirement: Requirement;
  /** What belongs in the section (hover, completion), in the catalog. */
  description: MessageRef;
  /** The text a quick fix writes under a new heading. */
  placeholder: string;
}

export const NIET_OPENBAAR_ID = 'niet-openbaar';
export const BIJLAGEN_ID = 'bijlagen';

/** The canonical order of spec §3. */
/** What the skeleton of New Nota writes where the subject goes (the `placeholder` rule reports it when left). */
export const ONDERWERP_PLACEHOLDER = '[Onderwerp]';

export const DEFAULT_SECTIONS: readonly SectionDef[] = [
  {
    id: 'aanleiding',
    name: 'Aanleiding',
    aliases: [],
    requirement: 'always',
    description: { message: 'section.aanleiding' },
    placeholder: '[Waarom ligt deze nota nu voor? Beschrijf de aanleiding.]',
  },
  {
    id: 'geadviseerd-besluit',
    name: 'Geadviseerd besluit',
    aliases: ['Advies', 'Beslispunten'],
    requirement: { purposes: ['BESLUITVORMING', 'ONDERTEKENING', 'ADVISERING', 'GOEDKEURING'] },
    description: { message: 'section.geadviseerd-besluit' },
    placeholder: '[Welk besluit wordt u gevraagd te nemen?]',
  },
  {
    id: 'kern',
    name: 'Kern',
    aliases: ['Kernpunten'],
    requirement: 'always',
    description: { message: 'section.kern' },
    placeholder: '[De kern van de zaak in enkele punten.]',
  },
  { id: 'toelichting', name: 'Toelichting', aliases: [], requirement: 'never', description: { message: 'section.toelichting' },
    placeholder: '[Toelichting.]' },
  {
    id: 'politieke-context',
    name: 'Politieke context',
    aliases: ['Krachtenveld'],
    requirement: 'never',
    description: { message: 'section.politieke-context' },
    placeholder: '[Politieke context en krachtenveld.]',
  },
  {
    id: 'financiele-consequenties',
    name: 'Financiële consequenties',
    aliases: ['Financiële gevolgen'],
    requirement: 'never',
    description: { message: 'section.financiele-consequenties' },
    placeholder: '[Financiële consequenties.]',
  },
  {
    id: 'juridische-aspecten',
    name: 'Juridische aspecten',
    aliases: ['Juridische consequenties'],
    requirement: 'never',
    description: { message: 'section.juridische-aspecten' },
    placeholder: '[Juridische aspecten.]',
  },
  { id: 'communicatie', name: 'Communicatie', aliases: [], requirement: 'never', description: { message: 'section.communicatie' },
    placeholder: '[Communicatie.]' },
  { id: 'uitvoering', name: 'Uitvoering', aliases: [], requirement: 'never', description: { message: 'section.uitvoering' },
    placeholder: '[Uitvoering.]' },
  {
    id: NIET_OPENBAAR_ID,
    name: 'Informatie die niet openbaar gemaakt kan worden',
    aliases: ['Informatie die niet openbaar wordt gemaakt'],
    // Its absence is `woo-motivering`, never `section-missing` (spec §3).
    requirement: 'never',
    description: { message: 'section.niet-openbaar' },
    placeholder: '[Motivering: welke informatie is niet openbaar gemaakt en op welke Woo-grond.]',
  },
  {
    id: BIJLAGEN_ID,
    name: 'Bijlagen',
    aliases: [],
    requirement: 'whenBijlagen',
    description: { message: 'section.bijlagen' },
    placeholder: '| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| 1 | [naam] | |',
  },
];

/** The sub-part of "Informatie die niet openbaar gemaakt kan worden" that names the Woo grounds. */
export const MOTIVERING_LABEL = 'motivering';
