// Known differences as the reports list them: one entry per engine and cause, with every cell it explains.
import { Mode } from "./recipes";
import { EngineResults } from "./results";

export interface KnownGroup {
  /** Anchor on the page: known-<engine>-<category>[-n]. */
  id: string;
  engine: string;
  category: string;
  reason: string;
  cells: { file: string; mode: Mode }[];
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-|-$/g, "");

/** Groups by (engine, category, reason), in the order the results list engines and files. */
export function groupKnown(all: EngineResults[]): KnownGroup[] {
  const groups: KnownGroup[] = [];
  for (const r of all) {
    for (const file of Object.keys(r.files).sort()) {
      for (const k of r.files[file].known ?? []) {
        let group = groups.find((g) => g.engine === r.engine.id && g.category === k.category && g.reason === k.reason);
        if (!group) {
          // A second cause of the same engine and category gets a numbered anchor.
          const n = groups.filter((g) => g.engine === r.engine.id && g.category === k.category).length;
          const id = `known-${slug(r.engine.id)}-${slug(k.category)}${n ? `-${n + 1}` : ""}`;
          groups.push((group = { id, engine: r.engine.id, category: k.category, reason: k.reason, cells: [] }));
        }
        if (!group.cells.some((c) => c.file === file && c.mode === r.mode)) group.cells.push({ file, mode: r.mode });
      }
    }
  }
  return groups;
}

/** The anchor of a cell's known note. */
export function knownId(groups: KnownGroup[], engine: string, k: { category: string; reason: string }): string | undefined {
  return groups.find((g) => g.engine === engine && g.category === k.category && g.reason === k.reason)?.id;
}
