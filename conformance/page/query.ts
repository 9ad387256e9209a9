// The matrix page's query language (in the spirit of wpt.fyi's): parsed and evaluated in the browser, tested in node.
// No runtime imports: the compiled file is embedded into reports/index.html as it is.

/** What a query may name: the page's engines, modes and statuses. */
export interface QueryContext {
  engines: readonly string[];
  modes: readonly string[];
  statuses: readonly string[];
}

/** One row (a suite file) as a query sees it. */
export interface RowView {
  file: string;
  /** The modes of the columns on screen: `ENGINE:STATUS` looks at these. */
  shownModes: readonly string[];
  /** The columns on screen: `status:` and `known:` look at these. */
  shown: readonly { engine: string; mode: string }[];
  status(engine: string, mode: string): string | undefined;
  /** Categories of the known differences that explain a cell. */
  known(engine: string, mode: string): readonly string[];
}

export interface CompiledQuery {
  /** Columns kept by `engine:` terms (undefined: no such term). */
  engines?: string[];
  /** Columns kept by `mode:` terms. */
  modes?: string[];
  matches(row: RowView): boolean;
}

export class QueryError extends Error {}

type Node =
  | { kind: "and" | "or"; items: Node[] }
  | { kind: "not"; item: Node }
  | { kind: "text"; text: string }
  | { kind: "status"; statuses: string[] }
  | { kind: "cell"; engine: string; mode?: string; statuses: string[] }
  | { kind: "known"; category: string }
  | { kind: "select"; what: "engines" | "modes"; values: string[] };

/** Words, parentheses and "quoted text"; a word may start with '-' or '!' (negation). */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(?:([()])|("(?:[^"\\]|\\.)*"?)|([^\s()]+))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m[0] !== "") tokens.push(m[1] ?? m[2] ?? m[3]);
  return tokens;
}

/** Case-insensitive lookup of a name in a list; the list's spelling is returned. */
function pick(list: readonly string[], name: string, what: string): string {
  const found = list.find((x) => x.toLowerCase() === name.toLowerCase());
  if (found === undefined) throw new QueryError(`unknown ${what} "${name}" (one of: ${list.join(", ")})`);
  return found;
}

function values(value: string, list: readonly string[], what: string): string[] {
  const parts = value.split(",").filter((v) => v !== "");
  if (!parts.length) throw new QueryError(`${what} expected after ':'`);
  return parts.map((v) => pick(list, v, what));
}

function unquote(token: string): string {
  if (!token.startsWith('"')) return token;
  if (token.length < 2 || !token.endsWith('"')) throw new QueryError(`unterminated quote in ${token}`);
  return token.slice(1, -1).replace(/\\(.)/g, "$1");
}

/** `key:value`, or a bare word (text in the file name). */
function term(token: string, ctx: QueryContext): Node {
  if (token.startsWith('"')) return { kind: "text", text: unquote(token) };
  const colon = token.indexOf(":");
  if (colon < 0) return { kind: "text", text: token };
  const key = token.slice(0, colon);
  const value = token.slice(colon + 1);
  const statuses = (): string[] => values(value, ctx.statuses, "status");
  switch (key.toLowerCase()) {
    case "status":
      return { kind: "status", statuses: statuses() };
    case "engine":
      return { kind: "select", what: "engines", values: values(value, ctx.engines, "engine") };
    case "mode":
      return { kind: "select", what: "modes", values: values(value, ctx.modes, "mode") };
    case "file":
      return { kind: "text", text: unquote(value) };
    case "known":
      return { kind: "known", category: value === "" || value === "*" ? "*" : value };
  }
  // ENGINE or ENGINE.MODE (engine names may contain dots themselves: lua5.3.dump).
  const engine = ctx.engines.find((e) => e.toLowerCase() === key.toLowerCase());
  if (engine !== undefined) return { kind: "cell", engine, statuses: statuses() };
  const dot = key.lastIndexOf(".");
  if (dot > 0) {
    const base = ctx.engines.find((e) => e.toLowerCase() === key.slice(0, dot).toLowerCase());
    const mode = ctx.modes.find((m) => m.toLowerCase() === key.slice(dot + 1).toLowerCase());
    if (base !== undefined && mode !== undefined) return { kind: "cell", engine: base, mode, statuses: statuses() };
  }
  throw new QueryError(`unknown keyword or engine "${key}" (keywords: status, engine, mode, file, known; engines: ${ctx.engines.join(", ")})`);
}

/** Recursive descent: or := and ("or" and)*; and := unary ("and"? unary)*; unary := not unary | ( or ) | term. */
class Parser {
  private at = 0;
  constructor(private readonly tokens: string[], private readonly ctx: QueryContext) {}

  private peek(): string | undefined {
    return this.tokens[this.at];
  }
  private isWord(word: string): boolean {
    return this.peek()?.toLowerCase() === word;
  }

  parse(): Node | undefined {
    if (!this.tokens.length) return undefined;
    const node = this.or();
    if (this.at < this.tokens.length) throw new QueryError(`unexpected "${this.peek()}"`);
    return node;
  }

  private or(): Node {
    const items = [this.and()];
    while (this.isWord("or") || this.peek() === "|") {
      this.at++;
      items.push(this.and());
    }
    return items.length === 1 ? items[0] : { kind: "or", items };
  }

  private and(): Node {
    const items = [this.unary()];
    for (;;) {
      if (this.isWord("and") || this.peek() === "&") this.at++;
      else if (this.peek() === undefined || this.peek() === ")" || this.isWord("or") || this.peek() === "|") break;
      items.push(this.unary());
    }
    return items.length === 1 ? items[0] : { kind: "and", items };
  }

  private unary(): Node {
    const token = this.peek();
    if (token === undefined) throw new QueryError("the query ends too early");
    this.at++;
    if (token.toLowerCase() === "not") return { kind: "not", item: this.unary() };
    if (token === "(") {
      const node = this.or();
      if (this.peek() !== ")") throw new QueryError("')' expected");
      this.at++;
      return node;
    }
    if (token === ")") throw new QueryError("unexpected ')'");
    if ((token.startsWith("-") || token.startsWith("!")) && token.length > 1) return { kind: "not", item: term(token.slice(1), this.ctx) };
    return term(token, this.ctx);
  }
}

function evaluate(node: Node, row: RowView): boolean {
  switch (node.kind) {
    case "and":
      return node.items.every((n) => evaluate(n, row));
    case "or":
      return node.items.some((n) => evaluate(n, row));
    case "not":
      return !evaluate(node.item, row);
    case "text":
      return row.file.toLowerCase().includes(node.text.toLowerCase());
    case "status":
      return row.shown.some((c) => node.statuses.includes(row.status(c.engine, c.mode) ?? ""));
    case "cell": {
      const modes = node.mode !== undefined ? [node.mode] : row.shownModes;
      return modes.some((m) => node.statuses.includes(row.status(node.engine, m) ?? ""));
    }
    case "known":
      return row.shown.some((c) => row.known(c.engine, c.mode).some((k) => node.category === "*" || k.toLowerCase() === node.category.toLowerCase()));
    case "select":
      // Column selectors are taken out before evaluation (compileQuery); one left here is misplaced.
      throw new QueryError(`${node.what === "engines" ? "engine:" : "mode:"} chooses columns: use it outside not/or/parentheses`);
  }
}

/** Parses a query; throws QueryError with a message fit for the page. */
export function compileQuery(text: string, ctx: QueryContext): CompiledQuery {
  const root = new Parser(tokenize(text), ctx).parse();
  const top = root === undefined ? [] : root.kind === "and" ? root.items : [root];
  const selected = (what: "engines" | "modes"): string[] | undefined => {
    const terms = top.filter((n): n is Extract<Node, { kind: "select" }> => n.kind === "select" && n.what === what);
    return terms.length ? [...new Set(terms.flatMap((t) => t.values))] : undefined;
  };
  const rest = top.filter((n) => n.kind !== "select");
  const filter: Node | undefined = rest.length === 0 ? undefined : rest.length === 1 ? rest[0] : { kind: "and", items: rest };
  const probe = (n: Node): void => {
    // Reject misplaced selectors at once rather than on the first row.
    if (n.kind === "select") evaluate(n, { file: "", shownModes: [], shown: [], status: () => undefined, known: () => [] });
    if (n.kind === "and" || n.kind === "or") n.items.forEach(probe);
    if (n.kind === "not") probe(n.item);
  };
  if (filter) probe(filter);
  const engines = selected("engines");
  const modes = selected("modes");
  return {
    ...(engines ? { engines } : {}),
    ...(modes ? { modes } : {}),
    matches: (row) => (filter ? evaluate(filter, row) : true),
  };
}
