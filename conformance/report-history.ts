// The page's history section: each engine's pass count over the kept runs (inline SVG), and the runs themselves.
import { HistoryRun } from "./history";
import { columnKey, PassPoint, Replay } from "./history-replay";
import { escapeHtml } from "./html";

const W = 150;
const H = 34;

/** A sparkline of pass counts, 0 at the bottom and the file count at the top; a new suite draws a dashed rule. */
export function sparkline(points: PassPoint[]): string {
  if (!points.length) return "";
  const top = Math.max(...points.map((p) => p.total), 1);
  const x = (i: number): number => (points.length === 1 ? W / 2 : 4 + (i * (W - 8)) / (points.length - 1));
  const y = (p: PassPoint): number => H - 4 - (p.pass * (H - 8)) / top;
  const rules = points
    .map((p, i) => (i > 0 && p.suite !== points[i - 1].suite ? `<line class="suite" x1="${(x(i) + x(i - 1)) / 2}" x2="${(x(i) + x(i - 1)) / 2}" y1="0" y2="${H}"/>` : ""))
    .join("");
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(" ");
  const dots = points
    .map((p, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(p).toFixed(1)}" r="2.4"><title>${escapeHtml(p.date)}: ${p.pass}/${p.total} pass (suite ${p.suite}…)</title></circle>`)
    .join("");
  const label = `pass count over ${points.length} run${points.length === 1 ? "" : "s"}: ${points.map((p) => p.pass).join(", ")}`;
  return `<svg class="spark" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label)}">${rules}<polyline points="${line}"/>${dots}</svg>`;
}

export function renderHistory(runs: HistoryRun[], replay: Replay, engines: string[], modes: string[]): string {
  if (!runs.length) return "<p>No run has been kept yet.</p>";
  const cell = (engine: string, mode: string): string => {
    const points = replay.passes[columnKey(engine, mode)] ?? [];
    if (!points.length) return "<td></td>";
    const last = points[points.length - 1];
    return `<td>${sparkline(points)}<br><small>${points[0].pass} → <b>${last.pass}</b>/${last.total}</small></td>`;
  };
  const rows = engines.map((e) => `<tr><th scope="row">${escapeHtml(e)}</th>${modes.map((m) => cell(e, m)).join("")}</tr>`);
  const runRows = [...runs].reverse().map((run) => {
    const cells = run.columns.reduce((n, c) => n + Object.keys(c.cells).length, 0);
    const columns = run.columns.map((c) => `${c.engine}.${c.mode}`).join(", ");
    return `<tr><td>${escapeHtml(run.date)}</td><td><code>${escapeHtml(run.suite.sha256.slice(0, 16))}</code></td><td>${cells}</td><td class="wrap">${escapeHtml(columns)}</td></tr>`;
  });
  return [
    `<p>Pass count after each kept run that measured the column (a partial run updates only its cells; a dashed rule marks a new suite content hash). Hover a point for its date.</p>`,
    `<div class="scroll"><table class="history"><thead><tr><th>engine</th>${modes.map((m) => `<th>${escapeHtml(m)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`,
    `<details><summary>${runs.length} kept runs (reports/history/)</summary><div class="scroll"><table class="runs"><thead><tr><th>date</th><th>suite</th><th>cells</th><th>columns</th></tr></thead><tbody>${runRows.join("")}</tbody></table></div></details>`,
  ].join("\n");
}
