/** Loading failed: what happened, and a retry. */
export function ResultsError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="error-state" role="alert" data-testid="results-error">
      <p>
        <strong>Could not load offers.</strong> {message}
      </p>
      <button type="button" className="button-primary" onClick={onRetry} data-testid="results-retry">
        Retry
      </button>
    </div>
  );
}
