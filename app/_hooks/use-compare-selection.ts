"use client";

import { useSyncExternalStore } from "react";

/**
 * Offers picked for /compare, kept in sessionStorage so the selection survives paging, filtering
 * and the back button within the tab. At most MAX_COMPARE.
 */
export interface CompareItem {
  id: string;
  label: string;
}

export const MAX_COMPARE = 10;
const STORAGE_KEY = "gpubroker:compare";
const empty: CompareItem[] = [];
let items: CompareItem[] | null = null;
const listeners = new Set<() => void>();

function isItem(value: unknown): value is CompareItem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>).id === "string" &&
    typeof (value as Record<string, unknown>).label === "string"
  );
}

function load(): CompareItem[] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isItem).slice(0, MAX_COMPARE) : [];
  } catch {
    return [];
  }
}

function snapshot(): CompareItem[] {
  items ??= load();
  return items;
}

function update(next: CompareItem[]): void {
  items = next;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // storage full or disabled: the selection still works for this page
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCompareSelection() {
  const selected = useSyncExternalStore(subscribe, snapshot, () => empty);
  const isSelected = (id: string) => selected.some((i) => i.id === id);
  return {
    selected,
    full: selected.length >= MAX_COMPARE,
    isSelected,
    toggle(item: CompareItem) {
      const current = snapshot();
      if (current.some((i) => i.id === item.id)) update(current.filter((i) => i.id !== item.id));
      else if (current.length < MAX_COMPARE) update([...current, item]);
    },
    remove(id: string) {
      update(snapshot().filter((i) => i.id !== id));
    },
    clear() {
      update([]);
    },
  };
}
