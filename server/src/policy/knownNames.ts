/**
 * Key names that exist in their own right next to the keys packs check, so they are never
 * taken for typos: `TLS 1.1` is not a misspelt `TLS 1.2`, `v2.0.50727` not a misspelt
 * `v4.0.30319` (policy research 1.3.1 and 1.6).
 */
import { foldName } from './registryPaths';

const NAMES = [
  'SSL 2.0',
  'SSL 3.0',
  'TLS 1.0',
  'TLS 1.1',
  'TLS 1.2',
  'TLS 1.3',
  'DTLS 1.0',
  'DTLS 1.2',
  'DTLS 1.3',
  'PCT 1.0',
  'Multi-Protocol Unified Hello',
  'Client',
  'Server',
  'v4.0.30319',
  'v2.0.50727',
  'WOW6432Node',
];

const KNOWN = new Set(NAMES.map(foldName));

export function isKnownKeyName(name: string): boolean {
  return KNOWN.has(foldName(name));
}
