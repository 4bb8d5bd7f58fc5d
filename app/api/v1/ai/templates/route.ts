import { workloadTemplates } from "@/lib/assistant/templates";
import { rest } from "@/server/http/rest";

export const GET = rest(async () => workloadTemplates);
