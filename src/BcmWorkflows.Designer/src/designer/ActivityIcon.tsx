/** One small glyph per activity category, drawn inline (no icon font: screenshots and offline use look the same). */
const paths: Record<string, string> = {
  notifications: 'M2 4h12v8H2z M2 4l6 5 6-5',
  bcm: 'M8 1l6 3v4c0 4-3 6-6 7-3-1-6-3-6-7V4z',
  timing: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z M8 5v3l2 2',
  events: 'M9 1L3 9h4l-1 6 6-8H8z',
  'control flow': 'M3 2v4c0 2 2 3 5 3s5 1 5 3v2 M3 14V8 M11 12l2 2 2-2',
  composition: 'M2 2h5v5H2z M9 9h5v5H9z M7 4h3v5',
  primitives: 'M3 3h10v10H3z',
};

export function ActivityIcon({ category }: { category: string | undefined }) {
  const d = paths[(category ?? '').toLowerCase()] ?? 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z';
  return (
    <svg className="activity-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
