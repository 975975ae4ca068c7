// In-process measurements: our full check against markdownlint and against the bare remark parse, on
// the same documents; time per KB; and where the time of one check goes (parse, model, each rule).
import { collectGarbage, interleaved, median, summary, time } from './stats.mjs';

/** The three implementations on one document, as zero-argument functions. */
export function implementations(core, lint, doc) {
  const config = core.resolveConfig([]);
  const options = { config, locale: 'nl', fileName: doc.fileName };
  return {
    ours: () => core.checkText(doc.text, options),
    markdownlint: () => lint({ strings: { [doc.fileName]: doc.text } }),
    parse: () => core.parse(doc.text),
  };
}

/** One sample of a document below 512 KB: the mean of as many calls as fill this long (see interleaved). */
const SAMPLE_MS = 40;

export function compare(core, lint, docs, { budgetMs, log }) {
  const results = {};
  for (const doc of docs) {
    const impls = implementations(core, lint, doc);
    const big = doc.bytes > 512 * 1024;
    collectGarbage();
    // The 1 MB nota comes last, when the code is hot from the smaller documents: no warm-up round.
    const samples = big
      ? interleaved(impls, { warmup: 0, budgetMs: 0, minRounds: 5, maxRounds: 5, gcBetween: true })
      : interleaved(impls, { warmup: 10, warmupMs: budgetMs / 4, budgetMs, minRounds: 15, sampleMs: SAMPLE_MS });
    const stats = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, summary(s)]));
    // Ratio of medians; the median of per-round ratios is kept too (steadier when load changes mid-run).
    const perRound = (other) => median(samples.ours.map((t, i) => t / samples[other][i]));
    results[doc.id] = {
      ...stats,
      ratioMarkdownlint: stats.ours.median / stats.markdownlint.median,
      ratioParse: stats.ours.median / stats.parse.median,
      ratioMarkdownlintPerRound: perRound('markdownlint'),
      ratioParsePerRound: perRound('parse'),
    };
    log(`  ${doc.label.padEnd(34)} ours ${stats.ours.median.toFixed(2)} ms, markdownlint ${stats.markdownlint.median.toFixed(2)} ms, parse ${stats.parse.median.toFixed(2)} ms (${stats.ours.n} rounds)`);
  }
  return results;
}

/**
 * The writing rules' share of a check: the full check with them off, with the defaults (plain-word and
 * abbreviation-undefined on) and with all of them on (parse-dutch tokenizes), interleaved as above.
 */
export function writingCost(core, docs, { budgetMs, log }) {
  const ids = core.WRITING_RULE_IDS;
  const layer = (severityOf) => ({ rules: Object.fromEntries(ids.map((id) => [id, { severity: severityOf(id) }])) });
  const defaultSeverity = (id) => core.RULES.find((rule) => rule.id === id).defaultSeverity;
  const configs = {
    off: core.resolveConfig([{ layer: layer(() => 'off'), origin: 'bench' }]),
    defaults: core.resolveConfig([]),
    allOn: core.resolveConfig([{ layer: layer(defaultSeverity), origin: 'bench' }]),
  };
  const results = {};
  for (const doc of docs) {
    const impls = Object.fromEntries(Object.entries(configs).map(([name, config]) => [name, () => core.checkText(doc.text, { config, locale: 'nl', fileName: doc.fileName })]));
    collectGarbage();
    const samples =
      doc.bytes > 512 * 1024
        ? interleaved(impls, { warmup: 1, budgetMs: 0, minRounds: 5, maxRounds: 5, gcBetween: true })
        : interleaved(impls, { warmup: 10, warmupMs: budgetMs / 4, budgetMs, minRounds: 15, sampleMs: SAMPLE_MS });
    const stats = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, summary(s)]));
    const perRound = (name) => median(samples[name].map((t, i) => t / samples.off[i])) - 1;
    results[doc.id] = {
      ...stats,
      costDefaults: stats.defaults.median / stats.off.median - 1,
      costAllOn: stats.allOn.median / stats.off.median - 1,
      costDefaultsPerRound: perRound('defaults'),
      costAllOnPerRound: perRound('allOn'),
    };
    log(`  writing rules, ${doc.label}: off ${stats.off.median.toFixed(2)} ms, defaults ${stats.defaults.median.toFixed(2)} ms, all on ${stats.allOn.median.toFixed(2)} ms`);
  }
  return results;
}

/** Time per KB for the documents of the scaling series, from the comparison results. */
export function scaling(series, compared) {
  return series.map((doc) => {
    const r = compared[doc.id];
    const kb = doc.bytes / 1024;
    return {
      id: doc.id,
      kb: doc.nominalKB,
      bytes: doc.bytes,
      oursMsPerKB: r.ours.median / kb,
      markdownlintMsPerKB: r.markdownlint.median / kb,
      parseMsPerKB: r.parse.median / kb,
    };
  });
}

/**
 * Where the time of one check goes: the bare parse, the model's own parse (when the core exports
 * parseForModel), the rest of the model (buildNotaDocument minus the model's parse),
 * all rules with the engine (runRules on a built document), each rule in RULES on its own (so rules
 * added later show up here unchanged), and the engine's own share (formatting findings, suppressions,
 * sorting) as runRules minus the sum of the rules. Parse, build and runRules run interleaved.
 */
export function phases(core, doc, { rounds, warmup }) {
  const config = core.resolveConfig([]);
  const options = { config, locale: 'nl', fileName: doc.fileName };
  const built = core.buildNotaDocument(doc.text, { config, fileName: doc.fileName });
  collectGarbage();
  const main = interleaved(
    {
      parse: () => core.parse(doc.text),
      ...(typeof core.parseForModel === 'function' ? { modelParse: () => core.parseForModel(doc.text) } : {}),
      build: () => core.buildNotaDocument(doc.text, { config, fileName: doc.fileName }),
      runRules: () => core.runRules(built, options),
    },
    { warmup, budgetMs: 0, minRounds: rounds, maxRounds: rounds, gcBetween: doc.bytes > 512 * 1024 },
  );
  const [parse, build, runRules] = ['parse', 'build', 'runRules'].map((k) => median(main[k]));
  const modelParse = main.modelParse ? median(main.modelParse) : parse;
  const rules = [];
  for (const rule of core.RULES ?? []) {
    if (!rule.appliesTo?.includes(built.kind)) continue;
    let failed;
    const check = () => {
      try {
        rule.check({ doc: built, config, locale: 'nl', options: { ...rule.defaultOptions }, report: () => {} });
      } catch (error) {
        failed = String(error?.message ?? error);
      }
    };
    for (let i = 0; i < warmup; i++) check();
    const samples = [];
    for (let i = 0; i < Math.max(rounds, 5); i++) samples.push(time(check));
    rules.push({ id: rule.id, ms: median(samples), ...(failed ? { failed } : {}) });
  }
  const ruleSum = rules.reduce((a, r) => a + r.ms, 0);
  return {
    doc: doc.id,
    kind: built.kind,
    full: build + runRules,
    parse,
    modelParse,
    model: Math.max(0, build - modelParse),
    runRules,
    engine: Math.max(0, runRules - ruleSum),
    rules: rules.sort((a, b) => b.ms - a.ms),
  };
}

/** What-if parsers (bench/variants.ts; the first is the core's parser), interleaved. */
export function parserVariants(core, variants, docs, { budgetMs, log }) {
  const out = [];
  for (const doc of docs) {
    const impls = {};
    for (const [name, fn] of Object.entries(variants)) impls[name] = () => fn(doc.text);
    collectGarbage();
    const samples = interleaved(impls, { warmup: 5, warmupMs: budgetMs / 4, budgetMs, minRounds: 10 });
    const base = median(samples[Object.keys(impls)[0]]);
    const rows = Object.entries(samples).map(([name, s]) => ({ name, ms: median(s), vsRemarkGfm: median(s) / base }));
    out.push({ doc: doc.id, rows });
    log(`  ${doc.label}: ${rows.map((r) => `${r.ms.toFixed(1)}`).join(' / ')} ms`);
  }
  return out;
}

/**
 * Heap kept alive by the results of checking `docs` (what the language server caches per open
 * document), and how much of it is the mdast tree, which nothing reads after the model is built.
 */
export function retainedHeap(core, docs) {
  const config = core.resolveConfig([]);
  const heap = () => {
    collectGarbage();
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  const kept = docs.map((doc) => core.checkText(doc.text, { config, locale: 'nl', fileName: doc.fileName }));
  const withTree = heap();
  for (const result of kept) delete result.doc.mdast;
  const withoutTree = heap();
  kept.length = 0;
  // Measured downwards (release, then collect), so that code flushed or caches grown since the start
  // of the run do not count.
  const empty = heap();
  const textBytes = docs.reduce((a, d) => a + d.bytes, 0);
  return {
    notas: docs.length,
    textBytes,
    perNotaKB: (withTree - empty) / docs.length / 1024,
    mdastPerNotaKB: (withTree - withoutTree) / docs.length / 1024,
    timesText: (withTree - empty) / textBytes,
  };
}
