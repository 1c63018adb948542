import type { Fix, RelatedLocation } from '../findings/types';

/** What parse and model problems have in common: a range, and fixes and related ranges with offsets of their own. */
export interface MovableProblem {
  readonly offset: number;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

const LINE_NUMBER_IN_TEXT = /\bline \d/;

/** True when the problem's words name a line number (moving it to other lines would need new words). */
export function mentionsLine(problem: MovableProblem): boolean {
  return LINE_NUMBER_IN_TEXT.test(problem.message) || (problem.fixes ?? []).some((f) => LINE_NUMBER_IN_TEXT.test(f.title)) || (problem.related ?? []).some((r) => LINE_NUMBER_IN_TEXT.test(r.message));
}

/** The same problem `delta` characters further on. */
export function shiftProblem<P extends MovableProblem>(problem: P, delta: number): P {
  if (delta === 0) return problem;
  const moved: { -readonly [K in keyof MovableProblem]: MovableProblem[K] } = { ...problem, offset: problem.offset + delta };
  if (problem.fixes) moved.fixes = problem.fixes.map((fix): Fix => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, offset: e.offset + delta })) }));
  if (problem.related) moved.related = problem.related.map((r): RelatedLocation => ({ ...r, offset: r.offset + delta }));
  return moved as P;
}
