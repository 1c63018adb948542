import { compareBuilds, OS_BUILDS, type OsId } from './os';
import type { OsSelector } from './types';

export function osMatches(selector: OsSelector, os: OsId): boolean {
  if (selector.os && !selector.os.includes(os)) return false;
  if (selector.minBuild && compareBuilds(OS_BUILDS[os], selector.minBuild) < 0) return false;
  if (selector.maxBuild && compareBuilds(OS_BUILDS[os], selector.maxBuild) > 0) return false;
  return true;
}

/** Target OSes the selector admits; every target when there is no selector. */
export function matchingTargets(selector: OsSelector | undefined, targets: readonly OsId[]): OsId[] {
  return selector ? targets.filter((os) => osMatches(selector, os)) : [...targets];
}
