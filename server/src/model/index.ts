/** The registry model: operations with exact stored bytes, key sections, state and writer. */
export * from './types';
export { buildModel } from './build';
export { applyToState, RegistryKey, RegistryState } from './state';
export type { RegistryValue } from './state';
export { writeReg, formatValue, writerOptionsLike } from './writer';
export type { WriterOptions } from './writer';
export {
  ROOT_KEYS, ROOT_ABBREVIATIONS, resolveRoot, rootAccepted, parseRegistryPath, makeRegistryPath, foldKey,
  samePath, isSameOrBelow, parentPath, childPath, registryView, wow64TwinPath, isRootKeyName,
} from './paths';
export type { RootResolution, RegistryView } from './paths';
export { utf16z, storedStringBytes, toHex, typeName, isStringType } from './bytes';
