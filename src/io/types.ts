/** What reading the inputs yields, one item at a time, in input order. */

/** How an input is parsed: a whole article, or one article per JSON Lines record. */
export type InputFormat = 'text' | 'jsonl';

/** The `--input` choice: a format, or `auto` (by file extension; stdin is text). */
export type InputChoice = InputFormat | 'auto';

/** One readable document. `doc` is its name: the path as given, `-` for stdin, or a record's id. */
export interface DocumentItem {
  kind: 'document';
  doc: string;
  text: string;
}

/** An input (a file, a JSON Lines line) that could not be read; the batch goes on. */
export interface ErrorItem {
  kind: 'error';
  doc: string;
  /** One line, without the name (`no such file or directory`). */
  message: string;
}

/** Something the user should know that did not stop the input being read (invalid UTF-8). */
export interface WarningItem {
  kind: 'warning';
  doc: string;
  message: string;
}

/** One item of the input stream. */
export type InputItem = DocumentItem | ErrorItem | WarningItem;
