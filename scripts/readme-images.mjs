// Copies the screenshots of the real-editor suite (`npm run test:e2e`, test-results/e2e/) to the names the
// READMEs show (docs/images/). Look at each one before committing it: the image must show what its caption
// in README.user.md and README.md says.
//   node scripts/readme-images.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = path.join(ROOT, 'test-results', 'e2e');
/** screenshot of the suite → image of the READMEs */
const IMAGES = {
  'vscode-missing-kern.png': 'diagnostics.png', // the Problems panel: a missing section, personal data, rule links
  'vscode-preview.png': 'preview-beside-editor.png', // the preview beside the editor
  'vscode-export.png': 'published-preview.png', // the published form that Export writes: Woo markers only
};

const missing = Object.keys(IMAGES).filter((shot) => !fs.existsSync(path.join(SHOTS, shot)));
if (missing.length > 0) {
  console.error(`not in ${path.relative(ROOT, SHOTS)}: ${missing.join(', ')}; run NOTA_E2E_CACHE=… npm run test:e2e -- --only=vscode first`);
  process.exit(1);
}
for (const [shot, image] of Object.entries(IMAGES)) {
  fs.copyFileSync(path.join(SHOTS, shot), path.join(ROOT, 'docs', 'images', image));
  console.log(`${path.join('test-results/e2e', shot)} → ${path.join('docs/images', image)}`);
}
