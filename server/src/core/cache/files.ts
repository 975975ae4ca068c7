// The cache layer for files that are not open: what was computed from a file on disk (its outline for
// workspace symbols), kept until the file changes. The workspace's list of files comes from the client
// and is bounded; a file that changes, is created or deleted is forgotten and read again when next asked for.

export const MAX_WORKSPACE_FILES = 1000;

export class FileCache<Value> {
  private readonly files = new Set<string>();
  private readonly values = new Map<string, Value>();

  /** The workspace's files (the first MAX_WORKSPACE_FILES), replacing what was known. */
  setFiles(uris: readonly string[]): void {
    this.files.clear();
    this.values.clear();
    for (const uri of uris.slice(0, MAX_WORKSPACE_FILES)) this.files.add(uri);
  }

  /** A file was created (it joins the list while there is room), changed or deleted (it leaves). */
  changed(uri: string, change: 'created' | 'changed' | 'deleted'): void {
    this.values.delete(uri);
    if (change === 'deleted') this.files.delete(uri);
    else if (change === 'created' && this.files.size < MAX_WORKSPACE_FILES) this.files.add(uri);
  }

  /** Every value is computed again (the configuration that shaped them changed). */
  clearValues(): void {
    this.values.clear();
  }

  list(): string[] {
    return [...this.files];
  }

  get(uri: string): Value | undefined {
    return this.values.get(uri);
  }

  set(uri: string, value: Value): void {
    if (this.files.has(uri)) this.values.set(uri, value);
  }
}
