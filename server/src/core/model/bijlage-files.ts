// Which file in the nota's folder a Bijlagen row names: its Naam as the file name ("Planning.pdf"), or as
// the file name without its extension ("Planning" for Planning.pdf), compared without case.
import type { BijlageRow } from './types';

/** A Naam that is written as a file name: something with an extension of two to five letters or digits. */
export const looksLikeFileName = (naam: string) => /^[^\\/:*?"<>|]+\.[a-z0-9]{2,5}$/i.test(naam.trim());

const stem = (name: string) => name.replace(/\.[a-z0-9]{2,5}$/i, '');

export function fileForRow(row: BijlageRow, folderFiles: readonly string[]): string | undefined {
  const naam = row.naam.trim().toLowerCase();
  if (naam === '') return undefined;
  return folderFiles.find((file) => file.toLowerCase() === naam) ?? folderFiles.find((file) => stem(file).toLowerCase() === naam);
}
