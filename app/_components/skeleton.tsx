/** A grey placeholder bar shown while data loads (decorative: the container carries aria-busy). */
export function Skeleton({ width = "100%", height = "1em" }: { width?: string; height?: string }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}
