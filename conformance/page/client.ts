// The matrix page's script: renders the table from the embedded data, follows the URL fragment, shows a cell's evidence.
// Compiled with the DOM library (conformance/page/tsconfig.json) and embedded into reports/index.html with query.js
// and view-state.js, which it reaches as the globals LuarefQuery and LuarefView.
import type { CompiledQuery, RowView } from "./query";
import type { CellRef, ViewState } from "./view-state";
import type { DiffLine, Excerpt, PageCell, PageData } from "./page-data";

declare const LuarefQuery: typeof import("./query");
declare const LuarefView: typeof import("./view-state");

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

const data = JSON.parse(byId("data").textContent ?? "{}") as PageData;
const engineIds = data.engines.map((e) => e.id);
/** Sorting by a column: best first. */
const RANK = ["PASS", "VACUOUS", "SKIP", "FAIL", "ERROR", "TIMEOUT", "CRASH"];

const esc = (s: string | number): string =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
const icon = (status: string): string => `<svg class="i" aria-hidden="true"><use href="#i-${status}"/></svg>`;
const cellOf = (engine: string, mode: string, file: string): PageCell | undefined => data.cells[`${engine}.${mode}`]?.[file];

let state: ViewState = LuarefView.parseHash(location.hash);

/** Navigates to a state: a new history entry (links, clicks) or in place (typing a query). */
function go(next: ViewState, replace = false): void {
  const hash = LuarefView.formatHash(next);
  if (replace) location.replace(hash);
  else location.hash = hash;
}

const without = (s: ViewState, drop: "cell" | "anchor"): ViewState => {
  const copy = { ...s };
  delete copy[drop];
  return copy;
};
const linkTo = (s: ViewState): string => LuarefView.formatHash(without(s, "anchor"));
const cellLink = (cell: CellRef): string => linkTo({ ...state, cell });

interface View {
  columns: { engine: string; mode: string }[];
  modes: string[];
  rows: string[];
  error?: string;
}

function compile(query: string): { compiled?: CompiledQuery; error?: string } {
  try {
    return { compiled: LuarefQuery.compileQuery(query, { engines: engineIds, modes: data.modes, statuses: data.statuses }) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

function rowView(file: string, columns: View["columns"], modes: string[]): RowView {
  return {
    file,
    shown: columns,
    shownModes: modes,
    status: (engine, mode) => cellOf(engine, mode, file)?.status,
    known: (engine, mode) => cellOf(engine, mode, file)?.knownCategories ?? [],
  };
}

function sortRows(rows: string[], sort: string): string[] {
  const desc = sort.startsWith("-");
  const key = desc ? sort.slice(1) : sort;
  const sign = desc ? -1 : 1;
  if (key === "" || key === "file") return [...rows].sort((a, b) => sign * a.localeCompare(b));
  const cells = data.cells[key] ?? {};
  const rank = (file: string): number => {
    const cell = cells[file];
    return cell ? RANK.indexOf(cell.status) : RANK.length;
  };
  const passed = (file: string): number => cells[file]?.counts?.passed ?? 0;
  return [...rows].sort((a, b) => sign * (rank(a) - rank(b)) || passed(b) - passed(a) || a.localeCompare(b));
}

function computeView(): View {
  const { compiled, error } = compile(state.query);
  // An open cell's engine and mode are shown even when the view would hide them: a permalink lands on its cell.
  const open = state.cell;
  const engines = engineIds.filter(
    (e) => e === open?.engine || ((!state.engines || state.engines.includes(e)) && (!compiled?.engines || compiled.engines.includes(e))),
  );
  const modes = data.modes.filter((m) => m === open?.mode || (state.modes.includes(m) && (!compiled?.modes || compiled.modes.includes(m))));
  const columns = engines.flatMap((engine) => modes.map((mode) => ({ engine, mode })));
  const rows = data.files.filter((file) => {
    const row = rowView(file, columns, modes);
    if (state.statuses.length && !columns.some((c) => state.statuses.includes(row.status(c.engine, c.mode) ?? ""))) return false;
    return compiled ? compiled.matches(row) : true;
  });
  return { columns, modes, rows: sortRows(rows, state.sort), ...(error ? { error } : {}) };
}

function cellText(cell: PageCell): string {
  if (cell.counts && cell.counts.passed + cell.counts.failed > 0) return `${cell.counts.passed}/${cell.counts.passed + cell.counts.failed}`;
  return cell.status === "PASS" || cell.status === "FAIL" ? "" : cell.status.toLowerCase();
}

/** `first`: the first mode of an engine's group (drawn with a rule on its left). */
function cellHtml(engine: string, mode: string, file: string, first: boolean): string {
  const cell = cellOf(engine, mode, file);
  const rule = first ? " first" : "";
  if (!cell) return `<td class="c none${rule}" title="not run">–</td>`;
  const open = state.cell && state.cell.file === file && state.cell.engine === engine && state.cell.mode === mode;
  const title = `${engine} (${mode}) × ${file}: ${cell.status}${cell.failure ? ` at ${cell.failure.where}` : ""}${cell.reason ? ` — ${cell.reason}` : ""}`;
  const known = cell.known.length ? `<span class="kb" title="known difference">k</span>` : "";
  return (
    `<td class="c ${cell.status}${rule}${open ? " sel" : ""}" data-cell="${esc(`${file}/${engine}/${mode}`)}">` +
    `<a href="${esc(cellLink({ file, engine, mode }))}" title="${esc(title)}">${icon(cell.status)}<span class="sr">${cell.status}</span>` +
    `<span class="t">${esc(cellText(cell))}</span>${known}</a></td>`
  );
}

function sortMark(key: string): string {
  return state.sort === key ? " ▲" : state.sort === `-${key}` ? " ▼" : "";
}

function tableHtml(view: View): string {
  const grouped = view.modes.length > 1;
  const engines = [...new Set(view.columns.map((c) => c.engine))];
  const engineHead = (id: string): string => {
    const e = data.engines.find((x) => x.id === id);
    return `${esc(id)}${id === data.reference ? ' <span class="ref">ref</span>' : ""}<br><small title="${esc(e?.version ?? "")}">${esc(e?.short ?? "")}</small>`;
  };
  const sortable = (key: string, label: string, extra = ""): string =>
    `<th class="s${extra}" data-sort="${esc(key)}" aria-sort="${state.sort === key ? "ascending" : state.sort === `-${key}` ? "descending" : "none"}" tabindex="0">${label}${sortMark(key)}</th>`;
  const head = grouped
    ? `<tr><th class="file s" rowspan="2" data-sort="file" tabindex="0">file${sortMark("file")}</th>${engines.map((e) => `<th class="eng" colspan="${view.modes.length}">${engineHead(e)}</th>`).join("")}</tr>` +
      `<tr>${view.columns.map((c) => sortable(`${c.engine}.${c.mode}`, esc(c.mode), view.modes[0] === c.mode ? " first" : "")).join("")}</tr>`
    : `<tr><th class="file s" data-sort="file" tabindex="0">file${sortMark("file")}</th>${view.columns.map((c) => sortable(`${c.engine}.${c.mode}`, engineHead(c.engine))).join("")}</tr>`;
  const rows = view.rows.map(
    (file) => `<tr data-file="${esc(file)}"><th scope="row" class="file">${esc(file)}</th>${view.columns.map((c) => cellHtml(c.engine, c.mode, file, grouped && c.mode === view.modes[0])).join("")}</tr>`,
  );
  const passes = view.columns.map((c) => {
    const cells = Object.values(data.cells[`${c.engine}.${c.mode}`] ?? {});
    return `<td>${cells.filter((x) => x.status === "PASS").length}/${cells.length}</td>`;
  });
  const empty = view.rows.length ? "" : `<tr><td class="empty" colspan="${view.columns.length + 1}">No file matches.</td></tr>`;
  return `<table class="matrix${grouped ? " grouped" : ""}"><thead>${head}</thead><tbody>${rows.join("")}${empty}</tbody><tfoot><tr><th class="file">pass</th>${passes.join("")}</tr></tfoot></table>`;
}

function excerptHtml(excerpt: Excerpt | undefined): string {
  if (!excerpt) return "";
  const lines = excerpt.lines.map((text, i) => {
    const n = excerpt.first + i;
    return `<span class="ln${n === excerpt.line ? " hit" : ""}"><span class="no">${n}</span>${esc(text)}</span>`;
  });
  return `<pre class="src" aria-label="${esc(excerpt.file)} lines ${excerpt.first}–${excerpt.first + excerpt.lines.length - 1}">${lines.join("")}</pre>`;
}

function exitText(cell: PageCell): string {
  if (cell.signal) return `killed by ${cell.signal}`;
  return cell.exitCode === null ? "none" : `exit code ${cell.exitCode}`;
}

/** One engine's side of the comparison: status, counts, time, exit, failing point with its lines, message. */
function sideHtml(title: string, cell: PageCell | undefined): string {
  if (!cell) return `<section class="side"><h3>${title}</h3><p>Not run.</p></section>`;
  const counts = cell.counts
    ? `<dt>assertions</dt><dd>${cell.counts.passed} passed, ${cell.counts.failed} failed${cell.countsFrom ? ` (counting run)` : ""}</dd>`
    : "";
  const where = cell.failure
    ? `<dt>failing point</dt><dd><code>${esc(cell.failure.where || "(no position)")}</code></dd>`
    : "";
  const message = cell.failure?.message || cell.reason || "";
  return [
    `<section class="side"><h3>${title}</h3><dl>`,
    `<dt>status</dt><dd class="st ${cell.status}">${icon(cell.status)} ${cell.status}</dd>${counts}`,
    `<dt>time</dt><dd>${(cell.timeMs / 1000).toFixed(2)} s (timeout ${Math.round(cell.run.timeoutMs / 1000)} s)</dd>`,
    `<dt>exit status</dt><dd>${esc(exitText(cell))}</dd>${where}</dl>`,
    excerptHtml(cell.excerpt ? data.excerpts[cell.excerpt] : undefined),
    message ? `<p class="label">message</p><pre class="msg">${esc(message)}</pre>` : "",
    cell.failure?.traceback ? `<details><summary>traceback</summary><pre>${esc(cell.failure.traceback)}</pre></details>` : "",
    `<p class="prov">${esc(cell.run.engineVersion)} · run ${esc(cell.run.date)} · ${esc(cell.run.host)}</p></section>`,
  ].join("");
}

function diffHtml(label: string, lines: DiffLine[] | undefined, engine: string): string {
  if (!lines) return `<p>${label}: identical (the kept tails).</p>`;
  label += ` (<span class="dr">−</span> ${esc(data.reference)} only, <span class="da">+</span> ${esc(engine)} only)`;
  const body = lines.map((l) => `<span class="d${l.t === " " ? "c" : l.t === "@" ? "h" : l.t === "+" ? "a" : "r"}">${esc(l.t === "@" ? l.s : l.t + l.s)}</span>`);
  return `<p>${label}:</p><pre class="diff">${body.join("")}</pre>`;
}

function evidenceHtml(ref: CellRef): string {
  const cell = cellOf(ref.engine, ref.mode, ref.file);
  const head = `${esc(ref.file)} × ${esc(ref.engine)} (${esc(ref.mode)})`;
  const close = `<a class="close" href="${esc(linkTo(without(state, "cell")))}" aria-label="close">×</a>`;
  if (!cell) return `<header><h2>${head}</h2>${close}</header><p>No such cell in these results.</p>`;
  const permalink = cellLink(ref);
  const isRef = ref.engine === data.reference;
  const reference = isRef ? undefined : cellOf(data.reference, ref.mode, ref.file);
  const sides = isRef
    ? sideHtml(`${esc(ref.engine)} (${esc(ref.mode)}), the reference`, cell)
    : sideHtml(`${esc(ref.engine)} (${esc(ref.mode)})`, cell) + sideHtml(`${esc(data.reference)} (${esc(ref.mode)}), the reference`, reference);
  const known = cell.known.map((id) => {
    const k = data.known.find((x) => x.id === id);
    return k ? `<li><a href="#${esc(id)}"><b>${esc(k.category)}</b></a>: ${esc(k.reason)}</li>` : "";
  });
  const t = cell.timeline;
  const history = t
    ? `<p>${
        t.changed
          ? `${cell.status} since ${esc(t.changed.date)} (was ${t.changed.from} before).`
          : `${cell.status} in every kept run since ${esc(t.firstSeen)}.`
      }</p><ol class="obs">${t.observations.map((o) => `<li class="${o.status}">${icon(o.status)} ${esc(o.date)}</li>`).join("")}</ol>`
    : "<p>Not in the kept history.</p>";
  const versus = cell.vsReference
    ? `<h3>Output against ${esc(data.reference)}</h3>${diffHtml("stdout", cell.vsReference.stdout, ref.engine)}${diffHtml("stderr", cell.vsReference.stderr, ref.engine)}`
    : "";
  const tail = (label: string, text: string): string =>
    text ? `<details><summary>${label} (last ${text.length} characters)</summary><pre>${esc(text)}</pre></details>` : `<p>${label}: empty.</p>`;
  return [
    `<header><h2>${icon(cell.status)} ${head}: ${cell.status}</h2>${close}</header>`,
    `<p class="permalink">Permalink: <a href="${esc(permalink)}">${esc(permalink)}</a></p>`,
    `<div class="sides${isRef ? " one" : ""}">${sides}</div>`,
    known.length ? `<h3>Known difference</h3><ul>${known.join("")}</ul>` : "",
    `<h3>History of this cell</h3>${history}`,
    versus,
    `<h3>Output</h3>${tail("stdout", cell.stdoutTail)}${tail("stderr", cell.stderrTail)}`,
  ].join("");
}

function syncControls(view: View): void {
  document.querySelectorAll<HTMLInputElement>("#modes input").forEach((i) => (i.checked = state.modes.includes(i.value)));
  document.querySelectorAll<HTMLInputElement>("#engines input").forEach((i) => (i.checked = !state.engines || state.engines.includes(i.value)));
  document.querySelectorAll<HTMLInputElement>("#statuses input").forEach((i) => (i.checked = state.statuses.includes(i.value)));
  const q = byId<HTMLInputElement>("q");
  if (document.activeElement !== q) q.value = state.query;
  q.setAttribute("aria-invalid", view.error ? "true" : "false");
  byId("q-error").textContent = view.error ? `Query ignored: ${view.error}` : "";
  byId("count").textContent = `${view.rows.length} of ${data.files.length} files · ${view.columns.length} columns`;
  byId<HTMLAnchorElement>("view-link").href = linkTo(without(state, "cell"));
}

function render(): void {
  const view = computeView();
  byId("matrix").innerHTML = view.columns.length ? tableHtml(view) : `<p class="empty">No column: choose at least one engine and one mode.</p>`;
  // Grouped headers: the mode row sticks just below the engine row.
  const head = document.querySelector<HTMLTableSectionElement>("#matrix thead");
  if (head && head.rows.length > 1) {
    const top = `${head.rows[0].getBoundingClientRect().height}px`;
    for (const th of head.rows[1].cells) th.style.top = top;
  }
  syncControls(view);
  const panel = byId("evidence");
  if (state.cell) {
    panel.innerHTML = evidenceHtml(state.cell);
    panel.hidden = false;
    document.body.classList.add("panel-open");
    document.querySelector("td.sel")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  } else {
    panel.hidden = true;
    panel.innerHTML = "";
    document.body.classList.remove("panel-open");
  }
  if (state.anchor) document.getElementById(state.anchor)?.scrollIntoView();
}

function checkedValues(container: string): string[] {
  return [...document.querySelectorAll<HTMLInputElement>(`#${container} input`)].filter((i) => i.checked).map((i) => i.value);
}

function onHashChange(): void {
  const next = LuarefView.parseHash(location.hash);
  // A plain anchor keeps the view: only the page scrolls.
  state = next.anchor ? { ...state, anchor: next.anchor } : next;
  render();
}

byId("controls").addEventListener("change", (event) => {
  const target = event.target as HTMLInputElement;
  const next = without(without(state, "anchor"), "cell");
  if (target.closest("#modes")) next.modes = checkedValues("modes");
  else if (target.closest("#engines")) {
    const engines = checkedValues("engines");
    if (engines.length === engineIds.length) delete next.engines;
    else next.engines = engines;
  } else if (target.closest("#statuses")) next.statuses = checkedValues("statuses");
  else return;
  go({ ...next, ...(state.cell ? { cell: state.cell } : {}) });
});
byId<HTMLInputElement>("q").addEventListener("input", (event) => {
  state = { ...without(state, "anchor"), query: (event.target as HTMLInputElement).value };
  go(state, true);
});
byId("matrix").addEventListener("click", (event) => {
  const th = (event.target as Element).closest<HTMLElement>("th[data-sort]");
  if (!th) return;
  const key = th.dataset.sort ?? "";
  const sort = state.sort === key ? `-${key}` : state.sort === `-${key}` ? "" : key;
  go({ ...without(state, "anchor"), sort });
});
byId("matrix").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.target as Element).matches("th[data-sort]")) (event.target as HTMLElement).click();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && state.cell) go(without(without(state, "cell"), "anchor"));
});
window.addEventListener("hashchange", onHashChange);
render();
