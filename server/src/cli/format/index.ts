import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif };
export const FORMAT_NAMES = Object.keys(formatters);

export { countFindings } from './types';
export type { Counts, FileReport, Formatter, LintReport, LocatedFinding, RuleInfo } from './types';
