export type ResultsView = "table" | "cards";

/** Table / cards switch (two toggle buttons; the pressed one is the current view). */
export function ViewToggle({ view, onView }: { view: ResultsView; onView: (view: ResultsView) => void }) {
  return (
    <fieldset className="view-toggle">
      <legend className="visually-hidden">View</legend>
      <button
        type="button"
        className="toggle"
        aria-pressed={view === "table"}
        onClick={() => onView("table")}
        data-testid="view-table"
      >
        Table
      </button>
      <button
        type="button"
        className="toggle"
        aria-pressed={view === "cards"}
        onClick={() => onView("cards")}
        data-testid="view-cards"
      >
        Cards
      </button>
    </fieldset>
  );
}
