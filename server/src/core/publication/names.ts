// The name of a cleaned copy beside its original (no file-format code here: the CLI's small bundle uses it).

/** `report.pdf` → `report.publicatie.pdf`. */
export function cleanedName(file: string): string {
  return file.replace(/(\.(?:docx|pdf))$/i, '.publicatie$1');
}

/** `report.publicatie.pdf`: a cleaned copy, of which no copy is made again. */
export function isCleanedCopy(file: string): boolean {
  return /\.publicatie\.(?:docx|pdf)$/i.test(file);
}
