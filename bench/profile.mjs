// CPU profile of the full check on one document, taken in-process with the inspector's Profiler (the
// same data as `node --cpu-prof`), then mapped through out/bench/entry.cjs.map to the original files:
// self time per function, self time per source file / package, and inclusive time of our own
// functions (server/src/…), which points at the rule or model step that calls into the slow code.
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

function sourceMapFor(bundle) {
  try {
    return new SourceMap(JSON.parse(fs.readFileSync(`${bundle}.map`, 'utf8')));
  } catch {
    return undefined;
  }
}

/** `node_modules/micromark/dev/lib/x.js` → `micromark`; our files stay as repo paths. */
function owner(source) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  return match ? match[1] : source;
}

export async function cpuProfile(fn, { bundle, root, runs = 3, intervalUs = 200, save } = {}) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  fn(); // warm
  await session.post('Profiler.start');
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const { profile } = await session.post('Profiler.stop');
  await session.post('Profiler.disable');
  session.disconnect();
  if (save) fs.writeFileSync(save, JSON.stringify(profile));

  const map = sourceMapFor(bundle);
  const bundleUrl = bundle ? String(new URL(`file://${bundle}`)) : '';
  const locate = (frame) => {
    const isBundle = frame.url === bundleUrl || frame.url === bundle;
    if (isBundle && map) {
      const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
      if (entry && entry.originalSource) {
        const file = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(bundle), entry.originalSource);
        return { file: path.relative(root, file), line: entry.originalLine + 1 };
      }
    }
    if (!frame.url) return { file: `(${frame.functionName || 'native'})`, line: 0 };
    const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
    return { file: path.isAbsolute(file) ? path.relative(root, file) : file, line: frame.lineNumber + 1 };
  };

  // Time per sample from timeDeltas (the interval is a request, not a guarantee).
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map();
  const inclusiveUs = new Map();
  const keyOf = new Map();
  const info = new Map();
  const keyFor = (node) => {
    if (keyOf.has(node.id)) return keyOf.get(node.id);
    const frame = node.callFrame;
    const where = locate(frame);
    const name = frame.functionName || '(anonymous)';
    const key = `${name} ${where.file}:${where.line}`;
    keyOf.set(node.id, key);
    if (!info.has(key)) info.set(key, { function: name, file: where.file, line: where.line, package: owner(where.file) });
    return key;
  };
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? intervalUs;
    totalUs += dt;
    const node = nodes.get(id);
    const key = keyFor(node);
    selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = keyFor(nodes.get(at));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusiveUs.set(k, (inclusiveUs.get(k) ?? 0) + dt);
    }
  });
  const perRun = (us) => us / 1000 / runs;
  const ignored = new Set(['(root)', '(program)', '(idle)']);
  const rows = (m) =>
    [...m]
      .filter(([key]) => !ignored.has(info.get(key).function))
      .map(([key, us]) => ({ ...info.get(key), ms: perRun(us), share: us / totalUs }))
      .sort((a, b) => b.ms - a.ms);
  const byPackage = new Map();
  for (const [key, us] of selfUs) {
    const p = info.get(key).package;
    byPackage.set(p, (byPackage.get(p) ?? 0) + us);
  }
  return {
    runs,
    intervalUs,
    wallMsPerRun: wallMs / runs,
    sampledMsPerRun: perRun(totalUs),
    sourceMapped: Boolean(map),
    topSelf: rows(selfUs).slice(0, 25),
    bySource: [...byPackage].map(([source, us]) => ({ source, ms: perRun(us), share: us / totalUs })).sort((a, b) => b.ms - a.ms).slice(0, 20),
    ourInclusive: rows(inclusiveUs).filter((r) => /^(server|cli)\//.test(r.file)).slice(0, 25),
    // GC shows up as its own node; its share says how much the allocation rate costs.
    gcShare: (selfUs.get([...info.keys()].find((k) => info.get(k).function === '(garbage collector)')) ?? 0) / totalUs,
  };
}
