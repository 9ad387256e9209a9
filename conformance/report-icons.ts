// Status symbols as inline SVG (drawn the same with any font installed), with their legend text.
import { Status } from "./statuses";

/** Path data on a 16×16 grid, stroked with currentColor. */
const SHAPES: Record<Status, string> = {
  PASS: '<path d="M3 8.5l3.2 3.2L13 4.5" fill="none" stroke-width="2.2"/>',
  FAIL: '<path d="M4 4l8 8M12 4l-8 8" fill="none" stroke-width="2.2"/>',
  ERROR: '<path d="M8 1.8L15 14H1z" fill="none" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 6v4" stroke-width="1.8"/><circle cx="8" cy="12.2" r="1" stroke="none" fill="currentColor"/>',
  TIMEOUT: '<circle cx="8" cy="8.5" r="6" fill="none" stroke-width="1.6"/><path d="M8 5v3.8l2.6 1.6" fill="none" stroke-width="1.6"/>',
  CRASH: '<path d="M9.5 1L3.5 9h4L6 15l6.5-8.5h-4z" fill="currentColor" stroke="none"/>',
  SKIP: '<path d="M2.5 4l5 4-5 4zM8.5 4l5 4-5 4z" fill="currentColor" stroke="none"/>',
  VACUOUS: '<circle cx="8" cy="8" r="5.3" fill="none" stroke-width="1.6"/><path d="M3 13L13 3" stroke-width="1.6"/>',
};

/** What each status means, for the legend and for titles. */
export const STATUS_MEANING: Record<Status, string> = {
  PASS: "pass: the file ran to its end",
  FAIL: "fail: first failing assertion or runtime error",
  ERROR: "error: the file did not load or compile",
  TIMEOUT: "timeout: killed at the per-file timeout",
  CRASH: "crash: the engine died without a Lua result",
  SKIP: "skip: not run (with the reason)",
  VACUOUS: "vacuous: completed but tested nothing (its early-return guard held); never a pass",
};

/** One <symbol> per status, defined once in the page and drawn with <use href="#i-STATUS">. */
export function iconSprite(): string {
  const symbols = (Object.keys(SHAPES) as Status[]).map(
    (s) => `<symbol id="i-${s}" viewBox="0 0 16 16" stroke="currentColor" stroke-linecap="round">${SHAPES[s]}</symbol>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${symbols.join("")}</svg>`;
}

export function icon(status: Status): string {
  return `<svg class="i" aria-hidden="true"><use href="#i-${status}"/></svg>`;
}
