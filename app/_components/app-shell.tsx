import Link from "next/link";
import type { ReactNode } from "react";

const nav = [
  { href: "/", label: "Marketplace" },
  { href: "/benchmarks", label: "GPU benchmarks" },
  { href: "/api/v1/openapi.json", label: "API" },
] as const;

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="shell" data-testid="app-shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="shell-header">
        <Link href="/" className="brand" aria-label="GPUBROKER home">
          <span aria-hidden="true" className="brand-mark">
            ▣
          </span>{" "}
          GPUBROKER
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="shell-main">
        {children}
      </main>
      <footer className="shell-footer">
        Prices are normalized to USD per hour; every figure links to its source.
      </footer>
    </div>
  );
}
