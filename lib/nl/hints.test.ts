import { describe, expect, it } from "vitest";
import { wordView } from "./context";
import { extractHints } from "./hints";
import { createWorkloadContext } from "./workload-context";

const hints = (text: string) => extractHints(wordView(createWorkloadContext(text)));

describe("extractHints", () => {
  it("reads quality", () => {
    expect(hints("high quality renders").quality).toBe("high");
    expect(hints("draft quality is fine").quality).toBe("draft");
    expect(hints("normal quality").quality).toBe("standard");
  });

  it("reads latency", () => {
    expect(hints("real-time transcription").latency).toBe("realtime");
    expect(hints("a chatbot").latency).toBe("interactive");
    expect(hints("overnight is fine").latency).toBe("batch");
  });

  it("reads priority, and cheap plus fast as balanced", () => {
    expect(hints("cheapest option").priority).toBe("cheapest");
    expect(hints("need it asap").priority).toBe("fastest");
    expect(hints("best value").priority).toBe("balanced");
    expect(hints("cheap and fast").priority).toBe("balanced");
  });

  it("is all null for plain text", () => {
    expect(hints("generate 10 images")).toEqual({ quality: null, latency: null, priority: null });
  });
});
