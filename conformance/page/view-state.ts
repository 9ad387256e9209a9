// What the page shows, as its URL fragment: a cell (#strings.lua/fengari/dump), the query, sort and column choices.
// No runtime imports: the compiled file is embedded into reports/index.html as it is.

export interface CellRef {
  file: string;
  engine: string;
  mode: string;
}

export interface ViewState {
  /** The cell whose evidence is open. */
  cell?: CellRef;
  /** A plain anchor on the page (#known-fengari-gc, #history): scrolled to, the view unchanged. */
  anchor?: string;
  query: string;
  /** "" (file names, ascending), "ENGINE.MODE" or "-ENGINE.MODE" (descending), "-file". */
  sort: string;
  /** Modes shown, in page order. */
  modes: string[];
  /** Engines shown; undefined: all. */
  engines?: string[];
  /** Rows kept: those with a shown cell in one of these statuses; empty: all. */
  statuses: string[];
}

export const DEFAULT_MODES = ["source"];

const list = (value: string | null): string[] | undefined =>
  value === null ? undefined : value.split(",").filter((v) => v !== "");

/** `#[file/engine[/mode]][?q=…&sort=…&modes=…&engines=…&status=…]`, or `#anchor`. */
export function parseHash(hash: string): ViewState {
  const text = hash.replace(/^#/, "");
  const question = text.indexOf("?");
  const pathPart = question < 0 ? text : text.slice(0, question);
  const params = new URLSearchParams(question < 0 ? "" : text.slice(question + 1));
  const state: ViewState = {
    query: params.get("q") ?? "",
    sort: params.get("sort") ?? "",
    modes: list(params.get("modes")) ?? [...DEFAULT_MODES],
    statuses: list(params.get("status")) ?? [],
  };
  const engines = list(params.get("engines"));
  if (engines) state.engines = engines;
  const parts = pathPart.split("/").map((p) => decodeURIComponent(p));
  if (parts.length >= 2 && parts[0] !== "" && parts[1] !== "") {
    state.cell = { file: parts[0], engine: parts[1], mode: parts[2] || "source" };
  } else if (pathPart !== "") {
    state.anchor = decodeURIComponent(pathPart);
  }
  return state;
}

/** Keeps '/', ':' and ',' readable in links; escapes what would break the fragment. */
function encodePart(s: string): string {
  return encodeURIComponent(s).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}

/** The fragment for a state; defaults are left out, so the plainest view is "#". */
export function formatHash(state: ViewState): string {
  const params: string[] = [];
  if (state.query !== "") params.push(`q=${encodePart(state.query)}`);
  if (state.sort !== "") params.push(`sort=${encodePart(state.sort)}`);
  if (state.modes.join(",") !== DEFAULT_MODES.join(",")) params.push(`modes=${encodePart(state.modes.join(","))}`);
  if (state.engines) params.push(`engines=${encodePart(state.engines.join(","))}`);
  if (state.statuses.length) params.push(`status=${encodePart(state.statuses.join(","))}`);
  const cell = state.cell ? [state.cell.file, state.cell.engine, state.cell.mode].map(encodePart).join("/") : "";
  return `#${cell}${params.length ? `?${params.join("&")}` : ""}`;
}
