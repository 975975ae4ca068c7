// Regular expressions written by users (`referencePattern`) run on RE2's linear-time engine (re2js, a
// pure JavaScript port: no native build, also in the browser worker). A backtracking engine takes
// exponential time on patterns such as `^(a|a)*$` that no syntax check reliably recognises; RE2 has no
// backtracking, so no pattern can hang a check. RE2 has no look-around and no back-references: such a
// pattern is refused when the configuration is read, with RE2's reason.
import { RE2JS } from 're2js';

export interface UserPattern {
  /** Whether the pattern matches somewhere in `value`, as `RegExp.prototype.test` does. */
  test(value: string): boolean;
}

/** Compiles a pattern; throws with RE2's reason when it cannot be compiled. */
export function compileUserPattern(pattern: string): UserPattern {
  const compiled = RE2JS.compile(pattern);
  return { test: (value) => compiled.matcher(value).find() };
}

/** Why RE2 cannot compile the pattern, or undefined when it can. */
export function userPatternError(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^error parsing regexp: /, '');
  }
}
