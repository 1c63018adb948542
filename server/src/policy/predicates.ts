/** Data predicates of a pack rule, evaluated on the value a .reg file sets. */
import { scalarToNumber } from './regData';
import type { DataPredicate, Scalar } from './types';

/** A value's data as the predicate sees it: a number for DWORD/QWORD, a string otherwise. */
export type ValueData = number | string;

function same(a: ValueData, b: Scalar): boolean {
  if (typeof a === 'number') return scalarToNumber(b) === a;
  return typeof b === 'string' && a.toUpperCase() === b.toUpperCase();
}

export function satisfies(data: ValueData, predicate: DataPredicate | undefined): boolean {
  if (!predicate) return true;
  const p = predicate;
  if (p.equals !== undefined && !same(data, p.equals)) return false;
  if (p.in && !p.in.some((v) => same(data, v))) return false;
  if (p.notIn && p.notIn.some((v) => same(data, v))) return false;
  if (typeof data === 'number') {
    if (p.nonZero && data === 0) return false;
    if (p.bitsSet !== undefined && (data & p.bitsSet) >>> 0 !== p.bitsSet) return false;
    if (p.bitsClear !== undefined && (data & p.bitsClear) !== 0) return false;
    if (p.min !== undefined && data < p.min) return false;
    if (p.max !== undefined && data > p.max) return false;
  } else if (p.nonZero || p.bitsSet !== undefined || p.bitsClear !== undefined || p.min !== undefined || p.max !== undefined) {
    return false;
  }
  return true;
}

/** A short human reading of the predicate for messages: `dword:00000001`, `non-zero`. */
export function describePredicate(p: DataPredicate | undefined, preferred: string | undefined): string {
  if (preferred) return preferred;
  if (!p) return 'any data';
  const parts: string[] = [];
  if (p.equals !== undefined) parts.push(String(p.equals));
  if (p.in) parts.push(`one of ${p.in.join(', ')}`);
  if (p.nonZero) parts.push('non-zero');
  if (p.bitsSet !== undefined) parts.push(`bits 0x${p.bitsSet.toString(16)} set`);
  if (p.bitsClear !== undefined) parts.push(`bits 0x${p.bitsClear.toString(16)} clear`);
  return parts.join(' and ') || 'valid data';
}
