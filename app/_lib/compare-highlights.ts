/**
 * Plain-language comparisons of two offers for the compare view ("A is 20% cheaper per GPU-hour
 * than B; B has 35% more FP16 TFLOPS"). Only facts both offers carry are compared; equal values
 * and unknowns say nothing rather than something invented.
 */
export interface HighlightOffer {
  label: string;
  price_per_gpu_hour: number;
  tflops_per_gpu: number | null;
  vram_per_gpu_gb: number | null;
  reliability: number | null;
}

const pct = (fraction: number) => `${Math.round(fraction * 100)}%`;

export function comparisonHighlights(a: HighlightOffer, b: HighlightOffer): string[] {
  const lines: string[] = [];
  if (a.price_per_gpu_hour !== b.price_per_gpu_hour) {
    const [cheap, dear] = a.price_per_gpu_hour < b.price_per_gpu_hour ? [a, b] : [b, a];
    if (dear.price_per_gpu_hour > 0) {
      const saving = (dear.price_per_gpu_hour - cheap.price_per_gpu_hour) / dear.price_per_gpu_hour;
      lines.push(`${cheap.label} is ${pct(saving)} cheaper per GPU-hour than ${dear.label}`);
    }
  }
  const more = (name: string, x: number | null, y: number | null) => {
    if (x === null || y === null || x === y || Math.min(x, y) <= 0) return;
    const [hi, lo] = x > y ? [a, b] : [b, a];
    lines.push(`${hi.label} has ${pct(Math.max(x, y) / Math.min(x, y) - 1)} more ${name} than ${lo.label}`);
  };
  more("FP16 TFLOPS per GPU", a.tflops_per_gpu, b.tflops_per_gpu);
  more("VRAM per GPU", a.vram_per_gpu_gb, b.vram_per_gpu_gb);
  if (a.reliability !== null && b.reliability !== null && Math.abs(a.reliability - b.reliability) >= 0.001) {
    const [hi, lo] = a.reliability > b.reliability ? [a, b] : [b, a];
    lines.push(
      `${hi.label} reports higher reliability (${(100 * (hi.reliability ?? 0)).toFixed(1)}% vs ${(100 * (lo.reliability ?? 0)).toFixed(1)}%)`,
    );
  }
  return lines;
}
