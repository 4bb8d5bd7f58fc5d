/**
 * The list's own warnings (unknown GPU words, an old pagination snapshot). Freshness warnings are
 * left out: the stale and snapshot banners already say them.
 */
const coveredByBanners = /bundled price snapshot|older than 15 minutes/;

export function ResultWarnings({ warnings }: { warnings: string[] }) {
  const shown = warnings.filter((w) => !coveredByBanners.test(w));
  if (shown.length === 0) return null;
  return (
    <ul className="result-warnings" data-testid="result-warnings">
      {shown.map((w) => (
        <li key={w}>{w}</li>
      ))}
    </ul>
  );
}
