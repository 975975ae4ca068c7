// Types of bench/generate.mjs for the TypeScript tests that borrow its seeded notas.
export function generateNota(options?: { seed?: number; bytes?: number; purpose?: string; faults?: number }): string;
export function folderSizes(count: number, seed?: number): number[];
export function writeFolder(dir: string, count: number, seed?: number): string[];
