/**
 * The reading model of a plan revision's diff (the task context `diff` the server computes with DiffPlex, one line
 * diff per section): sections with a status, lines paired into old/new with the changed words marked, long unchanged
 * stretches folded. Pure, so that a manager's view of "what changed" is tested without a browser.
 */
export type SectionStatus = 'Unchanged' | 'Added' | 'Removed' | 'Changed';
export type LineType = 'Unchanged' | 'Inserted' | 'Deleted';

export interface ServerSectionDiff {
  section: string;
  status: SectionStatus;
  lines: { type: LineType; text: string }[];
}

export interface Segment {
  text: string;
  /** Whether this part differs from the other side of a changed line. */
  changed: boolean;
}

export type DiffRow =
  | { kind: 'same'; text: string }
  | { kind: 'added' | 'removed'; segments: Segment[] }
  | { kind: 'folded'; count: number };

export interface SectionView {
  key: string;
  title: string;
  status: SectionStatus;
  rows: DiffRow[];
}

/** `recoverySteps` → "Recovery steps". */
export function sectionTitle(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Words and the spaces between them, so that joining the tokens gives the line back. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((t) => t !== '');
}

/** Word-level diff of two versions of a line (longest common subsequence of tokens). */
export function wordDiff(oldText: string, newText: string): { removed: Segment[]; added: Segment[] } {
  const a = tokens(oldText);
  const b = tokens(newText);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: Segment[] = [];
  const added: Segment[] = [];
  const push = (list: Segment[], text: string, changed: boolean) => {
    const last = list[list.length - 1];
    if (last && last.changed === changed) last.text += text;
    else list.push({ text, changed });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(removed, a[i]!, false);
      push(added, b[j]!, false);
      i++; j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push(added, b[j++]!, true);
    } else {
      push(removed, a[i++]!, true);
    }
  }
  return { removed, added };
}

/** Lines to rows: a run of deleted lines followed by inserted ones is paired line by line with the changed words marked. */
export function diffRows(lines: ServerSectionDiff['lines'], context = 2): DiffRow[] {
  const rows: DiffRow[] = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k]!;
    if (line.type === 'Unchanged') {
      rows.push({ kind: 'same', text: line.text });
      k++;
      continue;
    }
    const deleted: string[] = [];
    const inserted: string[] = [];
    while (k < lines.length && lines[k]!.type === 'Deleted') deleted.push(lines[k++]!.text);
    while (k < lines.length && lines[k]!.type === 'Inserted') inserted.push(lines[k++]!.text);
    const paired = Math.min(deleted.length, inserted.length);
    for (let p = 0; p < paired; p++) {
      const { removed, added } = wordDiff(deleted[p]!, inserted[p]!);
      rows.push({ kind: 'removed', segments: removed }, { kind: 'added', segments: added });
    }
    for (const text of deleted.slice(paired)) rows.push({ kind: 'removed', segments: [{ text, changed: true }] });
    for (const text of inserted.slice(paired)) rows.push({ kind: 'added', segments: [{ text, changed: true }] });
  }
  return fold(rows, context);
}

/** Unchanged stretches longer than twice the context keep `context` lines each side of a change. */
function fold(rows: DiffRow[], context: number): DiffRow[] {
  const result: DiffRow[] = [];
  let k = 0;
  while (k < rows.length) {
    if (rows[k]!.kind !== 'same') { result.push(rows[k++]!); continue; }
    let end = k;
    while (end < rows.length && rows[end]!.kind === 'same') end++;
    const keepBefore = k === 0 ? 0 : context;
    const keepAfter = end === rows.length ? 0 : context;
    const run = rows.slice(k, end);
    if (run.length > keepBefore + keepAfter + 1) {
      result.push(...run.slice(0, keepBefore), { kind: 'folded', count: run.length - keepBefore - keepAfter }, ...run.slice(run.length - keepAfter));
    } else result.push(...run);
    k = end;
  }
  return result;
}

/** Changed sections first in the plan's order, each with its rows; unchanged ones only named. */
export function planDiffView(sections: readonly ServerSectionDiff[]): { changed: SectionView[]; unchanged: string[] } {
  const changed = sections.filter((s) => s.status !== 'Unchanged').map((s) => ({
    key: s.section,
    title: sectionTitle(s.section),
    status: s.status,
    rows: s.status === 'Changed' ? diffRows(s.lines) : diffRows(s.lines, Number.MAX_SAFE_INTEGER),
  }));
  return { changed, unchanged: sections.filter((s) => s.status === 'Unchanged').map((s) => sectionTitle(s.section)) };
}
