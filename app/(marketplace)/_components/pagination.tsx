/** Previous / next with the page position; the total is shown by the toolbar. */
export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  return (
    <nav className="pagination" aria-label="Result pages">
      <button
        type="button"
        className="button-secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
        data-testid="pagination-prev"
      >
        ← Previous
      </button>
      <span data-testid="page-indicator" aria-live="polite">
        Page {page} of {pages}
      </span>
      <button
        type="button"
        className="button-secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
        data-testid="pagination-next"
      >
        Next →
      </button>
    </nav>
  );
}
