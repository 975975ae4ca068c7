// The usage of `nota import` and `nota export` (the commands themselves load with the Word and PDF readers).
export const CONVERT_USAGE = `Usage: nota import FILE.docx|FILE.pdf
       nota export --format docx [--review-copy] [--organisation NAME] FILE.nota.md

import   writes the text as Nota reads it to FILE.nota.md beside the file (never over an existing file)
export   writes FILE.docx beside the nota: its printed layout, personal data redacted; --review-copy keeps
         personal data as written (for review inside the organisation, not for publication)`;
