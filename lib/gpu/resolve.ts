/**
 * GPU identity resolution: provider string (+ reported memory, instance type) → canonical model,
 * following reference/gpu-benchmarks.md §8 and DESIGN.md §5. Order: (1) explicit form-factor tokens,
 * (2) memory token or reported memory, (3) SKU-changing suffixes (exact-key matching: "RTX 3090 Ti" is
 * never "RTX 3090"), (4) cloud instance family or the provider's SKU naming (provider-skus.ts),
 * (5) still several variants → ambiguous with the candidates listed. Names outside the table stay
 * unknown with the raw string and a reason.
 *
 * Results are memoized per (name, memory, instance type, provider): ingestion sees a few hundred
 * distinct strings across hundreds of thousands of offers, so regex work runs once per string.
 */
import { familyAliases, mobileWords, skuSuffixes, trapReasons } from "./aliases";
import { familyRules } from "./family-rules";
import { lookupInstanceFamily } from "./instance-families";
import { lookup } from "./lookup";
import { canonicalModels, findModel, variantsOfFamily } from "./models";
import { parseGpuName } from "./parse-name";
import type { FormFactor, GpuHints, GpuModelSpec, GpuResolution, InstanceMatch } from "./types";
import { reportedVramGb, vramMatches } from "./vram";

export { canonicalModels, findModel } from "./models";

function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const familyByKey = new Map<string, string>([
  ...canonicalModels.map((spec): [string, string] => [compact(spec.family), spec.family]),
  ...Object.entries(familyAliases),
]);
/** longest first, so "rtx2080ti" + "super" is explained by RTX 2080 Ti, not by a shorter key */
const familyKeysByLength = [...familyByKey.keys()].sort((a, b) => b.length - a.length);

function unknown(raw: string, reason: string): GpuResolution {
  return { status: "unknown", raw, reason };
}

function unknownNameReason(key: string): string {
  const trap = lookup(trapReasons, key);
  if (trap !== undefined) return trap;
  if (key === "") return "no GPU model in the name";
  if (mobileWords.some((word) => key.includes(word))) {
    return "laptop/mobile GPU (less memory and bandwidth than the desktop card); not in the table";
  }
  for (const familyKey of familyKeysByLength) {
    const suffix = key.slice(familyKey.length);
    if (key.startsWith(familyKey) && skuSuffixes.includes(suffix)) {
      return `suffix "${suffix}" makes a different SKU from ${familyByKey.get(familyKey)}; not in the table`;
    }
  }
  return "not in the GPU ontology (reference table gpu-benchmarks.csv)";
}

function acceptsFormFactor(spec: GpuModelSpec, formFactor: FormFactor): boolean {
  if (spec.formFactor === formFactor || spec.formFactor === "unknown") return true;
  return lookup(familyRules, spec.family)?.acceptedFormFactors?.includes(formFactor) ?? false;
}

/** What a cloud identifier states: always the family, the form factor and memory where it says them. */
interface InstanceEvidence {
  family: string;
  formFactor: FormFactor | null;
  memoryGb: number | null;
}

function evidenceOf(match: InstanceMatch): InstanceEvidence | null {
  if ("unknownReason" in match) return null;
  if ("family" in match) return match;
  const spec = findModel(match.model);
  return spec === null ? null : { family: spec.family, formFactor: spec.formFactor, memoryGb: spec.vramGb };
}

interface Evidence {
  raw: string;
  family: string;
  /** stated by the name or pinned by the instance family */
  explicitFormFactor: FormFactor | null;
  /** memory reported by the name or the payload */
  reportedGb: number | null;
  /** memory implied or stated by the instance family when nothing was reported */
  defaultGb: number | null;
}

/** A resolution plus the per-GPU memory the offer really has (see resolveGpuDetailed). */
export interface DetailedResolution {
  resolution: GpuResolution;
  vramGb: number | null;
}

function pickVariant(evidence: Evidence): DetailedResolution {
  const { raw, family, explicitFormFactor, reportedGb, defaultGb } = evidence;
  const rule = lookup(familyRules, family);
  const variants = variantsOfFamily(family);
  const formFactor = explicitFormFactor ?? rule?.defaultFormFactor ?? null;
  let candidates = formFactor === null ? variants : variants.filter((v) => acceptsFormFactor(v, formFactor));
  if (candidates.length === 0) {
    const have = variants.map((v) => v.model).join(", ");
    return {
      resolution: unknown(raw, `no ${formFactor} variant of ${family} in the table (have: ${have})`),
      vramGb: reportedGb,
    };
  }
  const memoryGb = reportedGb ?? defaultGb;
  if (memoryGb !== null) {
    const trap = rule?.memoryTraps?.find((t) => vramMatches(memoryGb, t.gb));
    if (trap !== undefined) return { resolution: unknown(raw, trap.reason), vramGb: reportedGb };
    const matched = candidates.filter((v) => vramMatches(memoryGb, v.vramGb));
    if (matched.length === 0) {
      const accepted = rule?.acceptedMemory?.find(
        (a) =>
          vramMatches(memoryGb, a.reportedGb) &&
          (!a.requiresFormFactor || explicitFormFactor !== null) &&
          candidates.some((v) => v.model === a.model),
      );
      const spec = accepted === undefined ? null : findModel(accepted.model);
      if (accepted !== undefined && spec !== null) {
        return {
          resolution: { status: "known", model: spec.model, raw, spec, vramSnapped: false },
          vramGb: accepted.actualGb,
        };
      }
      const sizes = candidates.map((v) => `${v.model} ${v.vramGb} GB`).join(", ");
      const reason = `${memoryGb} GB does not match any ${family} variant within 7% (${sizes})`;
      return { resolution: unknown(raw, reason), vramGb: reportedGb };
    }
    candidates = matched;
  }
  const [only, ...others] = candidates;
  if (only !== undefined && others.length === 0) {
    return {
      resolution: { status: "known", model: only.model, raw, spec: only, vramSnapped: reportedGb !== null },
      vramGb: only.vramGb,
    };
  }
  const names = candidates.map((v) => v.model);
  const stated = memoryGb === null ? "no memory size" : `${memoryGb} GB`;
  const reason = `${family} with ${stated} and no form factor or instance family to decide: ${names.join(" or ")}`;
  return { resolution: { status: "ambiguous", raw, family, candidates: names, reason }, vramGb: memoryGb };
}

function resolveUncached(
  raw: string,
  hintGb: number | null,
  instanceType: string | null,
  provider: string | null,
): DetailedResolution {
  const parsed = parseGpuName(raw);
  const reported = parsed.memoryGb ?? hintGb;
  const fail = (reason: string): DetailedResolution => ({
    resolution: unknown(raw, reason),
    vramGb: reported,
  });
  const nameMatch = lookupInstanceFamily(raw, provider);
  if (nameMatch !== null && "unknownReason" in nameMatch) return fail(nameMatch.unknownReason);
  const typeMatch = instanceType === null ? null : lookupInstanceFamily(instanceType, provider);
  let instance = nameMatch === null ? null : evidenceOf(nameMatch);
  let family = instance?.family ?? familyByKey.get(parsed.key);
  if (family === undefined && parsed.key !== "") return fail(unknownNameReason(parsed.key));
  if (typeMatch !== null && instance === null) {
    if ("unknownReason" in typeMatch) {
      // a SKU known to be a non-table GPU overrides a name of the family it is sold under
      if (family === undefined || typeMatch.family === family) return fail(typeMatch.unknownReason);
    } else {
      const typed = evidenceOf(typeMatch);
      if (typed !== null && (family === undefined || typed.family === family)) {
        instance = typed;
        family = typed.family;
      }
    }
  }
  if (family === undefined) return fail(unknownNameReason(parsed.key));
  const ignored = lookup(familyRules, family)?.ignoredMemoryGb ?? [];
  // a cloud id as the name ("a3-highgpu-8g": 8 GPUs) has no memory token; its model pins the size
  const nameGb =
    nameMatch === null && parsed.memoryGb !== null && !ignored.includes(parsed.memoryGb)
      ? parsed.memoryGb
      : null;
  return pickVariant({
    raw,
    family,
    explicitFormFactor: parsed.formFactor ?? instance?.formFactor ?? null,
    reportedGb: nameGb ?? hintGb,
    defaultGb: instance?.memoryGb ?? null,
  });
}

const MAX_CACHE_ENTRIES = 50_000;
const cache = new Map<string, DetailedResolution>();

/**
 * resolveGpu plus the offer's per-GPU memory in GB: the canonical size when a reported size snapped
 * to it (or none was reported), the real size of an accepted off-table memory (V100 PCIe 32 GB,
 * MI325X reported as 288 → 256), and the reported size (name token, else payload; MiB converted)
 * when the identity is ambiguous or unknown — for an ambiguous one with nothing reported, the size
 * the instance type states (DO "gpu-h100x8-640gb": 80). Memoized; results are frozen and shared.
 */
export function resolveGpuDetailed(raw: string, hints: GpuHints = {}): DetailedResolution {
  const hintGb = reportedVramGb(hints.vramGb);
  const instanceType = hints.instanceType?.trim() || null;
  const provider = hints.provider?.trim() || null;
  const key = `${raw}\u0000${hintGb ?? ""}\u0000${instanceType ?? ""}\u0000${provider ?? ""}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const detailed = resolveUncached(raw.trim(), hintGb, instanceType, provider);
  Object.freeze(detailed.resolution);
  if (cache.size >= MAX_CACHE_ENTRIES) cache.clear();
  cache.set(key, Object.freeze(detailed));
  return detailed;
}

/**
 * Resolves a provider GPU string to a canonical model. Deterministic; memoized per
 * (raw, memory, instance type, provider). `hints.provider` (registry slug) enables that provider's SKU
 * naming rules (provider-skus.ts); the Vast, gpuhunt and Lambda naming rules of §8 are told apart by
 * the string itself.
 */
export function resolveGpu(raw: string, hints: GpuHints = {}): GpuResolution {
  return resolveGpuDetailed(raw, hints).resolution;
}
