interface PagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** Said after "Page n of m", e.g. "(23 tasks)". */
  note?: string;
}

/** Previous / Next for numbered pages; nothing when everything fits on one page. */
export function Pager({ page, pages, onPage, note }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>Previous</button>
      <span>Page {page} of {pages}{note ? ` ${note}` : ''}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>Next</button>
    </nav>
  );
}
