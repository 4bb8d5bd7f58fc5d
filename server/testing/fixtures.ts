import path from "node:path";

/** The project's own provider fixtures (real wire formats; shared/fixtures is only the reference). */
export const providerFixturesDir = path.join(process.cwd(), "lib", "providers", "fixtures");
