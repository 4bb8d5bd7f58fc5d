"use client";

import { useState } from "react";
import type { WorkloadTemplate } from "@/lib/assistant/templates";
import styles from "./assistant.module.css";
import { TemplateWizard } from "./template-wizard";
import { useTemplates } from "./use-templates";

interface Props {
  disabled: boolean;
  onSend: (text: string) => void;
  /** the wizard closed (sent or cancelled): focus returns to the chat input */
  onDone: () => void;
}

/** Quick actions: one chip per template; picking one opens its short wizard in place. */
export function TemplateActions({ disabled, onSend, onDone }: Props) {
  const templates = useTemplates();
  const [active, setActive] = useState<WorkloadTemplate | null>(null);

  if (active)
    return (
      <TemplateWizard
        template={active}
        disabled={disabled}
        onSubmit={(text) => {
          setActive(null);
          onSend(text);
          onDone();
        }}
        onCancel={() => {
          setActive(null);
          onDone();
        }}
      />
    );
  if (!templates.data) return null;
  return (
    <nav className={styles.templates} aria-label="Quick start templates" data-testid="assistant-templates">
      <ul className="chip-list">
        {templates.data.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="chip"
              title={template.description}
              disabled={disabled}
              onClick={() => setActive(template)}
              data-testid={`assistant-template-${template.id}`}
            >
              {template.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
