// `ignore` globs from `.notarc.json`, matched in linear time. picomatch turns a glob into a backtracking
// regular expression: `*a*a*a*a*a*a*a*a*a*a*b` against a 60-character name takes minutes. Its expression
// is compiled with RE2 (re2js, as referencePattern) instead, without the look-aheads that guard against
// `.` and `..` segments and empty names: a path relative to the configuration's folder has none of those
// (a file outside that folder, `../x`, is never ignored). A glob RE2 cannot take (extglob negation such
// as `!(a)`) is refused with a message.
import picomatch from 'picomatch';
import { RE2JS } from 're2js';

const GUARDS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)'];

export class UnsupportedGlob extends Error {}

/** Whether a relative path (forward slashes) matches any of the globs; throws UnsupportedGlob. */
export function ignoreMatcher(globs: readonly string[]): (relative: string) => boolean {
  const matches = globMatcher(globs);
  return (relative) => !relative.split('/').some((segment) => segment === '..' || segment === '.') && matches(relative);
}

/** Whether a path (forward slashes) matches any of the globs, in linear time; throws UnsupportedGlob. */
export function globMatcher(globs: readonly string[]): (file: string) => boolean {
  const compiled = globs.map((glob) => {
    let source = picomatch.makeRe(glob, { dot: true }).source;
    for (const guard of GUARDS) source = source.split(guard).join('');
    try {
      return RE2JS.compile(source);
    } catch {
      throw new UnsupportedGlob(`ignore pattern "${glob}" cannot be matched safely (negations such as !(…) are not supported)`);
    }
  });
  return (file) => compiled.some((re) => re.matches(file));
}
