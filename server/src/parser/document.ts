import type { Importer } from '../model/types';
import type { HeaderLine, LineNode, RegDocument } from './ast';
import type { DecodedText } from './encoding';
import type { ParseProblem } from './errors';
import { LineTable } from './lineTable';
import type { TokenList } from './tokens';

/**
 * A parsed document. Its tokens are made on first access (by parsing the text again with tokens
 * on) unless the parse recorded them: the lint path never reads them, and for a big export they
 * cost a tenth of the parse and as much memory as the text. Likewise the nodes of blank and
 * continuation lines of a plain parse (see LineTable) are made when `lines` is first read.
 */
export class ParsedDocument implements RegDocument {
  readonly text: string;
  private tokenList: TokenList | undefined;
  private readonly tokenize: (() => TokenList) | undefined;
  /** The parse's line table (plain parses), or undefined when the lines are nodes already. */
  readonly lineTable: LineTable | undefined;
  private nodes: readonly LineNode[] | undefined;

  constructor(
    readonly decoded: DecodedText,
    readonly importer: Importer,
    readonly header: HeaderLine | null,
    lines: readonly LineNode[] | LineTable,
    readonly problems: readonly ParseProblem[],
    readonly imports: boolean,
    tokens: TokenList | (() => TokenList),
  ) {
    this.text = decoded.text;
    if (lines instanceof LineTable) this.lineTable = lines;
    else this.nodes = lines;
    if (typeof tokens === 'function') this.tokenize = tokens;
    else this.tokenList = tokens;
  }

  get lines(): readonly LineNode[] {
    return (this.nodes ??= (this.lineTable as LineTable).toArray());
  }

  get tokens(): TokenList {
    if (this.tokenList === undefined) this.tokenList = (this.tokenize as () => TokenList)();
    return this.tokenList;
  }
}

/** The line table of a plain parse, for readers that need only where its blank and continuation lines are. */
export function lineTableOf(doc: RegDocument): LineTable | undefined {
  return doc instanceof ParsedDocument ? doc.lineTable : undefined;
}
