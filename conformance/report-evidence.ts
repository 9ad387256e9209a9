// Evidence for a cell, gathered at report time: the suite's lines around a failure, and output diffs against the reference.
import * as fs from "fs";
import * as path from "path";
import { structuredPatch } from "diff";
import type { DiffLine, Excerpt } from "./page/page-data";

/** Lines shown before and after the failing one. */
export const EXCERPT_CONTEXT = 4;

/** "strings.lua:123" (possibly with a directory in front) → the suite file and line. */
export function parseWhere(where: string): { file: string; line: number } | undefined {
  const m = /(?:^|[/\\])([\w.-]+\.lua):(\d+)$/.exec(where.trim());
  return m ? { file: m[1], line: Number(m[2]) } : undefined;
}

/** Reads excerpts from one suite directory, each file once. */
export class SuiteExcerpts {
  private readonly texts = new Map<string, string[] | undefined>();
  constructor(private readonly suiteDir: string) {}

  private lines(file: string): string[] | undefined {
    if (!this.texts.has(file)) {
      const full = path.join(this.suiteDir, file);
      // Suite files are Latin-1 bytes (literals.lua has raw high bytes): one char per byte.
      this.texts.set(file, fs.existsSync(full) ? fs.readFileSync(full, "latin1").split("\n") : undefined);
    }
    return this.texts.get(file);
  }

  /** The excerpt around `where`, or undefined when it names no line of a suite file. */
  at(where: string, context = EXCERPT_CONTEXT): Excerpt | undefined {
    const at = parseWhere(where);
    const lines = at && this.lines(at.file);
    if (!at || !lines || at.line < 1 || at.line > lines.length) return undefined;
    const first = Math.max(1, at.line - context);
    return { file: at.file, line: at.line, first, lines: lines.slice(first - 1, Math.min(lines.length, at.line + context)) };
  }
}

/** A unified line diff from the reference's output to an engine's, or undefined when they are equal. */
export function outputDiff(reference: string, engine: string, context = 3): DiffLine[] | undefined {
  if (reference === engine) return undefined;
  const patch = structuredPatch("reference", "engine", reference, engine, "", "", { context });
  return patch.hunks.flatMap((h) => [
    { t: "@" as const, s: `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@` },
    ...h.lines
      .filter((l) => !l.startsWith("\\"))
      .map((l) => ({ t: l[0] as DiffLine["t"], s: l.slice(1) })),
  ]);
}
