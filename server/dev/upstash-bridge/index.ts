export { startUpstashBridge, type UpstashBridge, type UpstashBridgeOptions } from "./server";
