import type { AddressInfo } from "node:net";
import net from "node:net";
import { WebSocketServer } from "ws";

/**
 * A minimal stand-in for Neon's WebSocket proxy: each WebSocket connection is piped byte for
 * byte to a PostgreSQL TCP socket (RECIPES.md), so Neon's serverless driver can be tested
 * against the machine's real PostgreSQL without Neon.
 */
export async function startNeonWsProxy(target: { host: string; port: number }) {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  wss.on("connection", (ws) => {
    const tcp = net.connect(target.port, target.host);
    tcp.on("data", (chunk) => ws.send(chunk));
    tcp.on("close", () => ws.close());
    tcp.on("error", () => ws.close());
    ws.on("message", (data: Buffer) => tcp.write(data));
    ws.on("close", () => tcp.destroy());
  });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  const { port } = wss.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => wss.close(() => resolve())),
  };
}
