"use client";

import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { type WorkloadTemplate, workloadTemplateSchema } from "@/lib/assistant/templates";

const templatesSchema = z.array(workloadTemplateSchema);

async function fetchTemplates(): Promise<WorkloadTemplate[]> {
  const response = await fetch("/api/v1/ai/templates");
  if (!response.ok) throw new Error(`templates: HTTP ${response.status}`);
  return templatesSchema.parse(await response.json());
}

/** The quick-start templates from GET /api/v1/ai/templates (static data: fetched once). */
export function useTemplates() {
  return useQuery({ queryKey: ["assistant", "templates"], queryFn: fetchTemplates, staleTime: Infinity });
}
