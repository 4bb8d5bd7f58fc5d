"use client";

import { useSyncExternalStore } from "react";

/**
 * The assistant session id: a random id kept in localStorage, so the server's conversation
 * memory (last 10 turns, keyed by this id) survives reloads. `null` while server rendering.
 */
const STORAGE_KEY = "gpubroker:assistant-session";
let cached: string | null = null;

function readOrCreate(): string {
  if (cached) return cached;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && /^[\w-]{8,255}$/.test(stored)) {
      cached = stored;
      return stored;
    }
  } catch {
    // storage disabled: a per-tab id still gives memory until the tab closes
  }
  const id = crypto.randomUUID();
  try {
    window.localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // see above
  }
  cached = id;
  return id;
}

const subscribe = () => () => {};

export function useSessionId(): string | null {
  return useSyncExternalStore(subscribe, readOrCreate, () => null);
}
