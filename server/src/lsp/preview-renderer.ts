// The preview renderer under Node: dist/preview.js beside the bundle, loaded on the first preview.
import * as path from 'node:path';

type PreviewRenderer = typeof import('../core/preview/render');
let previewRenderer: PreviewRenderer | undefined;

export const renderPreviewFromBundle: PreviewRenderer['renderPreview'] = (result, options) => {
  // A computed path: esbuild leaves it alone, so the renderer stays out of the server and worker bundles.
  previewRenderer ??= require(path.join(__dirname, 'preview.js')) as PreviewRenderer;
  return previewRenderer.renderPreview(result, options);
};
