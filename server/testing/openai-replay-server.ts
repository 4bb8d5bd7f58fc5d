import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local OpenAI-compatible /v1/chat/completions server that replays scripted streaming
 * responses in order (text or tool calls), for testing the LLM path without a network.
 * `fail` answers 500; `hang` never answers.
 */
export type ScriptedReply =
  | { kind: "text"; text: string }
  | { kind: "tool"; name: string; args: Record<string, unknown> }
  | { kind: "fail" }
  | { kind: "hang" };

export interface ReplayServer {
  baseUrl: string;
  requests: unknown[];
  close(): Promise<void>;
}

export async function startReplayServer(script: ScriptedReply[]): Promise<ReplayServer> {
  const requests: unknown[] = [];
  let turn = 0;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => {
      raw += c.toString();
    });
    req.on("end", () => {
      requests.push(JSON.parse(raw || "{}"));
      const reply = script[Math.min(turn++, script.length - 1)] ?? { kind: "fail" };
      if (reply.kind === "hang") return;
      if (reply.kind === "fail") {
        res
          .writeHead(500, { "content-type": "application/json" })
          .end('{"error":{"message":"scripted failure"}}');
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const id = `chatcmpl-${turn}`;
      const chunk = (delta: unknown, finish: string | null = null) =>
        `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 0, model: "replay", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      if (reply.kind === "text") {
        res.write(chunk({ role: "assistant", content: "" }));
        for (const word of reply.text.match(/\S+\s*/g) ?? []) res.write(chunk({ content: word }));
        res.write(chunk({}, "stop"));
      } else {
        res.write(
          chunk({
            role: "assistant",
            tool_calls: [
              {
                index: 0,
                id: `call_${turn}`,
                type: "function",
                function: { name: reply.name, arguments: JSON.stringify(reply.args) },
              },
            ],
          }),
        );
        res.write(chunk({}, "tool_calls"));
      }
      res.end("data: [DONE]\n\n");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
