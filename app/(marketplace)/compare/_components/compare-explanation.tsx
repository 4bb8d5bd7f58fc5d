import type { CompareOffer } from "@/app/_hooks/use-compare-offers";
import { comparisonHighlights } from "@/app/_lib/compare-highlights";
import { whySentence } from "@/app/_lib/compare-ranking";
import { gpuLabel } from "@/app/_lib/format";
import type { PairFactor } from "@/lib/math/topsis-explain";

const name = (o: CompareOffer) => `${o.letter} (${gpuLabel(o)}, ${o.provider})`;

/** Why #1 beats #2 (explainPair), then plain comparisons of #1 with every other offer. */
export function CompareExplanation({
  first,
  second,
  others,
  factors,
}: {
  first: CompareOffer;
  second: CompareOffer;
  others: CompareOffer[];
  factors: PairFactor[];
}) {
  const highlights = others.flatMap((o) =>
    comparisonHighlights({ ...first, label: first.letter }, { ...o, label: o.letter }),
  );
  return (
    <section className="panel" aria-labelledby="why-heading">
      <h2 id="why-heading" className="section-title">
        Why #1 wins
      </h2>
      <p data-testid="why-sentence">{whySentence(factors, name(first), name(second))}</p>
      {highlights.length > 0 && (
        <ul className="highlights" data-testid="compare-highlights">
          {highlights.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
