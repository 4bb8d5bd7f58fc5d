export * from "./assistant";
export * from "./audit";
export * from "./auth";
export * from "./bookings";
export * from "./catalog";
export * from "./events";
export * from "./integrations";
