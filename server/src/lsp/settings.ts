// The client's `nota.*` settings per document: asked once per document (not on every keystroke) and
// forgotten when the client says they changed.
import { type ConfigLayer, validateLayerValue } from '../core/config';
import { RULE_IDS } from '../core/rules';

export interface Settings {
  run: 'onType' | 'onSave';
  layer?: ConfigLayer;
}

/** How settings are asked of the client; undefined when it cannot answer workspace/configuration. */
export type PullSettings = (uri: string) => Promise<Record<string, any> | null | undefined>;

/** Keys of `nota.*` that are the server's own, not configuration of the checks. */
const SERVER_KEYS = new Set(['validate', 'trace', 'preview']);

/**
 * A setting left at its default is not set: the Settings UI cannot write `null`, so an empty text, list
 * or object stands for "use the default" (an empty `purposes` list must not forbid every purpose).
 */
const isUnset = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && Object.keys(value as object).length === 0);

export function settingsFrom(raw: Record<string, any>): Settings {
  const { layer } = validateLayerValue(Object.fromEntries(Object.entries(raw).filter(([key, value]) => !SERVER_KEYS.has(key) && !isUnset(value))), RULE_IDS);
  return { run: raw.validate?.run === 'onSave' ? 'onSave' : 'onType', layer };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(private readonly pull: PullSettings | undefined) {}

  for(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      // A client that fails to answer leaves the document with the defaults, not unchecked.
      settings = this.pull ? this.pull(uri).then((raw) => settingsFrom(raw ?? {}), () => settingsFrom({})) : Promise.resolve(settingsFrom({}));
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
