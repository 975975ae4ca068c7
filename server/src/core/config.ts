// Configuration (spec §9): JSON only, validated with located errors, merged defaults < settings < files.
import { type Node as JsonNode, type ParseError, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import { DEFAULT_PURPOSES, DEFAULT_SECTIONS, type Requirement, type SectionDef } from './catalog';
import { formatWithArgs, type MessageArgs, type MessageId, type MessageRef } from './messages';
import type { Locale, Severity, Span } from './types';
import { userPatternError } from './user-pattern';

export type SeveritySetting = Severity | 'off';

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface SectionSetting {
  name: string;
  aliases?: string[];
  /** true: always; false: never; a list: for these purposes only. */
  required?: boolean | string[];
  /** For a new section: the section it follows in canonical order. */
  after?: string;
}

/** One layer of configuration as written in a `.notarc.json` or in the `nota.*` settings. */
export interface ConfigLayer {
  root?: boolean;
  rules?: Record<string, RuleSetting>;
  publicPersons?: string[];
  /** Addresses that are public (an organisation's offices): never reported as personal data. */
  publicAddresses?: string[];
  referencePattern?: string;
  purposes?: string[];
  sections?: SectionSetting[];
  redactionMarker?: string;
  /** The organisation (a ministry): written as the author of cleaned copies for publication. */
  organisation?: string;
  ignore?: string[];
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  publicPersons: string[];
  publicAddresses: string[];
  referencePattern: string;
  purposes: string[];
  sections: SectionDef[];
  redactionMarker: string;
  /** Author of cleaned copies (NAME.publicatie.docx/.pdf); empty: the author fields are emptied. */
  organisation: string;
  ignore: string[];
  /** For each key (and `rules.<id>`): where its value came from ("default", "settings" or a file path). */
  origins: Record<string, string>;
}

export const DEFAULT_REFERENCE_PATTERN = '^\\d{4}-\\d{10}$';
export const DEFAULT_REDACTION_MARKER = '[5.1.2e]';

export interface ConfigProblem {
  /** The problem in the catalog; `message` is its English text (logs, JSON), `problemText` gives either language. */
  id: MessageId;
  args?: MessageArgs;
  message: string;
  span: Span;
}

export function configProblem(id: MessageId, span: Span, args?: MessageArgs): ConfigProblem {
  return { id, args, message: formatWithArgs('en', id, args), span };
}

/** A configuration problem in the user's language. */
export function problemText(problem: ConfigProblem, locale: Locale): string {
  return formatWithArgs(locale, problem.id, problem.args);
}

type Problem = (node: JsonNode, id: MessageId, args?: MessageArgs) => void;

export interface ParsedLayer {
  layer: ConfigLayer;
  problems: ConfigProblem[];
}

const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  off: 'off',
  hint: 'hint',
  info: 'information',
  information: 'information',
  warning: 'warning',
  warn: 'warning',
  error: 'error',
};

const STRING_LIST_KEYS = ['publicPersons', 'publicAddresses', 'purposes', 'ignore'] as const;
const STRING_KEYS = ['referencePattern', 'redactionMarker', 'organisation'] as const;
const KNOWN_KEYS = new Set<string>(['$schema', 'root', 'rules', 'sections', ...STRING_LIST_KEYS, ...STRING_KEYS]);

/**
 * Parses the text of a `.notarc.json`. Problems carry the span of the offending value so an editor can
 * underline it; whatever is valid is kept, so one bad key does not discard the rest.
 */
export function parseConfigText(text: string, knownRuleIds: ReadonlySet<string>): ParsedLayer {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree) {
    // The first error is the real one; the ones after it are usually its echo.
    const problems = errors
      .slice(0, 1)
      .map((error) =>
        configProblem('config.invalid-json', { start: error.offset, end: error.offset + Math.max(1, error.length) }, { reason: { message: `config.json.${printParseErrorCode(error.error)}` as MessageId } }),
      );
    if (problems.length === 0) problems.push(configProblem('config.empty', { start: 0, end: 0 }));
    return { layer: {}, problems };
  }
  return validateLayer(tree, knownRuleIds);
}

/** Validates a configuration object given as plain data (VS Code settings). */
export function validateLayerValue(value: unknown, knownRuleIds: ReadonlySet<string>): ParsedLayer {
  const tree = parseTree(JSON.stringify(value ?? {}));
  return tree ? validateLayer(tree, knownRuleIds) : { layer: {}, problems: [] };
}

function validateLayer(tree: JsonNode, knownRuleIds: ReadonlySet<string>): ParsedLayer {
  const problems: ConfigProblem[] = [];
  const problem: Problem = (node, id, args) => problems.push(configProblem(id, { start: node.offset, end: node.offset + node.length }, args));
  if (tree.type !== 'object') {
    problem(tree, 'config.not-object');
    return { layer: {}, problems };
  }
  const layer: ConfigLayer = {};
  for (const property of tree.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (!KNOWN_KEYS.has(key)) {
      problem(keyNode, 'config.unknown-key', { key, known: [...KNOWN_KEYS].filter((k) => k !== '$schema').join(', ') });
      continue;
    }
    if (key === 'root') {
      if (valueNode.type === 'boolean') layer.root = valueNode.value as boolean;
      else problem(valueNode, 'config.root');
    } else if (key === 'rules') {
      layer.rules = validateRules(valueNode, knownRuleIds, problem);
    } else if (key === 'sections') {
      layer.sections = validateSections(valueNode, problem);
    } else if ((STRING_LIST_KEYS as readonly string[]).includes(key)) {
      const list = stringList(valueNode);
      if (!list) problem(valueNode, 'config.string-list', { key });
      else if (key === 'publicAddresses') layer.publicAddresses = publicAddresses(valueNode, problem);
      else (layer as Record<string, unknown>)[key] = list;
    } else if (key === 'referencePattern') {
      if (valueNode.type !== 'string') problem(valueNode, 'config.pattern-type');
      else {
        const error = checkPattern(valueNode.value as string);
        if (error) problem(valueNode, 'config.pattern-unusable', { reason: error });
        else layer.referencePattern = valueNode.value as string;
      }
    } else if (key === 'redactionMarker') {
      if (valueNode.type === 'string' && (valueNode.value as string).trim() !== '') layer.redactionMarker = valueNode.value as string;
      else problem(valueNode, 'config.marker');
    } else if (key === 'organisation') {
      if (valueNode.type === 'string' && (valueNode.value as string).trim() !== '' && (valueNode.value as string).length <= 200) layer.organisation = (valueNode.value as string).trim();
      else problem(valueNode, 'config.organisation');
    }
  }
  return { layer, problems };
}

/** A public address is compared by street and house number, so an entry without a number could never match. */
function publicAddresses(node: JsonNode, problem: Problem): string[] {
  const kept: string[] = [];
  for (const child of node.children ?? []) {
    const address = child.value as string;
    if (/\p{L}.*\d/u.test(address)) kept.push(address);
    else problem(child, 'config.public-address', { address });
  }
  return kept;
}

function stringList(node: JsonNode): string[] | undefined {
  if (node.type !== 'array') return undefined;
  const values = (node.children ?? []).map((child) => child.value);
  return values.every((value) => typeof value === 'string') ? (values as string[]) : undefined;
}

function validateRules(node: JsonNode, knownRuleIds: ReadonlySet<string>, problem: Problem): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (node.type !== 'object') {
    problem(node, 'config.rules-type');
    return rules;
  }
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const id = String(keyNode.value);
    if (!knownRuleIds.has(id)) {
      problem(keyNode, 'config.unknown-rule', { id });
      continue;
    }
    const setting = ruleSetting(getNodeValue(valueNode));
    if (setting) rules[id] = setting;
    else problem(valueNode, 'config.rule-setting', { id });
  }
  return rules;
}

function ruleSetting(value: unknown): RuleSetting | undefined {
  if (typeof value === 'string') {
    const severity = SEVERITY_WORDS[value];
    return severity ? { severity } : undefined;
  }
  if (Array.isArray(value) && value.length >= 1 && value.length <= 2 && typeof value[0] === 'string') {
    const severity = SEVERITY_WORDS[value[0]];
    const options = value[1];
    if (!severity) return undefined;
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) return undefined;
    return { severity, options: options as Record<string, unknown> | undefined };
  }
  return undefined;
}

/** What a section name maps to in the short form of `sections` (the Settings UI edits it as key and value). */
const SECTION_REQUIREMENTS: Record<string, boolean> = { required: true, optional: false };

/**
 * `sections` as a list of {name, aliases, required, after} objects, or in short, as the Settings UI can
 * edit it: `{ "Risico's": "required", "Communicatie": "optional" }` (a new section goes before the
 * closing Woo and Bijlagen sections).
 */
function validateSections(node: JsonNode, problem: Problem): SectionSetting[] {
  if (node.type === 'object') {
    const sections: SectionSetting[] = [];
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      const name = String(getNodeValue(key));
      const required = SECTION_REQUIREMENTS[String(value && getNodeValue(value))];
      if (name.trim() !== '' && value?.type === 'string' && required !== undefined) sections.push({ name, required });
      else problem(value ?? property, 'config.section-short');
    }
    return sections;
  }
  if (node.type !== 'array') {
    problem(node, 'config.sections-type');
    return [];
  }
  const sections: SectionSetting[] = [];
  for (const child of node.children ?? []) {
    const value = getNodeValue(child) as SectionSetting;
    const nameOk = typeof value?.name === 'string' && value.name.trim() !== '';
    const aliasesOk = value?.aliases === undefined || (Array.isArray(value.aliases) && value.aliases.every((a) => typeof a === 'string'));
    const requiredOk =
      value?.required === undefined ||
      typeof value.required === 'boolean' ||
      (Array.isArray(value.required) && value.required.every((p) => typeof p === 'string'));
    const afterOk = value?.after === undefined || typeof value.after === 'string';
    if (nameOk && aliasesOk && requiredOk && afterOk) sections.push(value);
    else problem(child, 'config.section');
  }
  return sections;
}

/**
 * User patterns must not be able to hang the checker: they run on a linear-time engine (user-pattern.ts),
 * on a single short field value. A pattern that engine cannot compile is refused here.
 */
export function checkPattern(pattern: string): MessageRef | undefined {
  if (pattern.length > 200) return { message: 'config.pattern.too-long' };
  if (/\\[1-9]/.test(pattern)) return { message: 'config.pattern.backreference' };
  const error = userPatternError(pattern);
  return error === undefined ? undefined : { message: 'config.pattern.invalid', args: { error } };
}

export function defaultConfig(): ResolvedConfig {
  const origins: Record<string, string> = {};
  for (const key of ['publicPersons', 'publicAddresses', 'referencePattern', 'purposes', 'sections', 'redactionMarker', 'organisation', 'ignore']) origins[key] = 'default';
  return {
    rules: {},
    publicPersons: [],
    publicAddresses: [],
    referencePattern: DEFAULT_REFERENCE_PATTERN,
    purposes: [...DEFAULT_PURPOSES],
    sections: DEFAULT_SECTIONS.map((section) => ({ ...section, aliases: [...section.aliases] })),
    redactionMarker: DEFAULT_REDACTION_MARKER,
    organisation: '',
    ignore: [],
    origins,
  };
}

/** Applies layers in order, later over earlier; `origin` names each layer for `--print-config`. */
export function resolveConfig(layers: { layer: ConfigLayer; origin: string }[]): ResolvedConfig {
  const config = defaultConfig();
  for (const { layer, origin } of layers) {
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      config.rules[id] = { ...config.rules[id], ...setting };
      config.origins[`rules.${id}`] = origin;
    }
    for (const key of ['publicPersons', 'publicAddresses', 'purposes', 'ignore'] as const) {
      if (layer[key]) {
        config[key] = [...layer[key]!];
        config.origins[key] = origin;
      }
    }
    if (layer.purposes) config.purposes = layer.purposes.map((p) => p.trim().replace(/^TER\s+/i, '').toUpperCase());
    if (layer.referencePattern !== undefined) {
      config.referencePattern = layer.referencePattern;
      config.origins.referencePattern = origin;
    }
    if (layer.redactionMarker !== undefined) {
      config.redactionMarker = layer.redactionMarker;
      config.origins.redactionMarker = origin;
    }
    if (layer.organisation !== undefined) {
      config.organisation = layer.organisation;
      config.origins.organisation = origin;
    }
    if (layer.sections) {
      config.sections = applySectionSettings(config.sections, layer.sections);
      config.origins.sections = origin;
    }
  }
  return config;
}

function requirementOf(required: boolean | string[]): Requirement {
  if (required === true) return 'always';
  if (required === false) return 'never';
  return { purposes: required.map((p) => p.replace(/^TER\s+/i, '').toUpperCase()) };
}

function sameName(section: SectionDef, name: string): boolean {
  const key = name.trim().toLowerCase();
  return section.name.toLowerCase() === key || section.aliases.some((alias) => alias.toLowerCase() === key);
}

function applySectionSettings(sections: SectionDef[], settings: SectionSetting[]): SectionDef[] {
  const result = [...sections];
  for (const setting of settings) {
    const index = result.findIndex((section) => sameName(section, setting.name));
    if (index >= 0) {
      const existing = result[index];
      result[index] = {
        ...existing,
        aliases: [...existing.aliases, ...(setting.aliases ?? [])],
        requirement: setting.required === undefined ? existing.requirement : requirementOf(setting.required),
      };
      continue;
    }
    const added: SectionDef = {
      id: `custom:${setting.name.toLowerCase()}`,
      name: setting.name,
      aliases: setting.aliases ?? [],
      requirement: setting.required === undefined ? 'never' : requirementOf(setting.required),
      description: { message: 'section.custom', args: { name: setting.name } },
      placeholder: `[${setting.name}]`,
    };
    const afterIndex = setting.after ? result.findIndex((section) => sameName(section, setting.after!)) : -1;
    // New sections go after the named one, or before the closing Woo and Bijlagen sections.
    const position = afterIndex >= 0 ? afterIndex + 1 : Math.max(0, result.length - 2);
    result.splice(position, 0, added);
  }
  return result;
}

