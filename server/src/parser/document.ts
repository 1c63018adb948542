import type { Importer } from '../model/types';
import type { HeaderLine, LineNode, RegDocument } from './ast';
import type { DecodedText } from './encoding';
import type { ParseProblem } from './errors';
import type { TokenList } from './tokens';

/**
 * A parsed document. Its tokens are made on first access (by parsing the text again with tokens
 * on) unless the parse recorded them: the lint path never reads them, and for a big export they
 * cost a tenth of the parse and as much memory as the text.
 */
export class ParsedDocument implements RegDocument {
  readonly text: string;
  private tokenList: TokenList | undefined;
  private readonly tokenize: (() => TokenList) | undefined;

  constructor(
    readonly decoded: DecodedText,
    readonly importer: Importer,
    readonly header: HeaderLine | null,
    readonly lines: readonly LineNode[],
    readonly problems: readonly ParseProblem[],
    readonly imports: boolean,
    tokens: TokenList | (() => TokenList),
  ) {
    this.text = decoded.text;
    if (typeof tokens === 'function') this.tokenize = tokens;
    else this.tokenList = tokens;
  }

  get tokens(): TokenList {
    if (this.tokenList === undefined) this.tokenList = (this.tokenize as () => TokenList)();
    return this.tokenList;
  }
}
