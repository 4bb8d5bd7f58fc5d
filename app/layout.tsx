import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppShell } from "./_components/app-shell";
import { Assistant } from "./_components/assistant/assistant";
import { TrpcProvider } from "./_components/trpc";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "GPUBROKER — GPU marketplace", template: "%s · GPUBROKER" },
  description: "Compare GPU offers from 23+ clouds, normalized and ranked for your workload.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <TrpcProvider>
          <AppShell>{children}</AppShell>
          <Assistant />
        </TrpcProvider>
      </body>
    </html>
  );
}
