/** The parser: bytes or editor text -> decoded text -> syntax tree with exact spans. Never throws. */
export { decodeBytes, decodedFromText, encodeText, detectEol, normalizeCodePage, DEFAULT_CODE_PAGE } from './encoding';
export type { DecodeOptions, DecodedText, EncodingProblem, EncodingProblemCode, EolStyle } from './encoding';
export { parse } from './parser';
export type { ParseOptions } from './parser';
export type * from './ast';
export { ProblemCode } from './errors';
export type { ParseProblem } from './errors';
export { TokenKind, TokenList, tokenKindName } from './tokens';
export type { Token } from './tokens';
export { HEADER_V4, HEADER_V5 } from './header';
export { reparse } from './incremental';
export { textEditSpan, editIntroduces } from './textEdit';
