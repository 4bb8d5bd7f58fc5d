"use client";

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { renderTemplate, type WorkloadTemplate } from "@/lib/assistant/templates";
import styles from "./assistant.module.css";
import { TemplateQuestion } from "./template-question";

interface Props {
  template: WorkloadTemplate;
  disabled: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

function defaults(template: WorkloadTemplate): Record<string, string> {
  return Object.fromEntries(template.questions.map((q) => [q.id, q.default]));
}

/** The template's two or three questions; sends the rendered sentence as the user's message. */
export function TemplateWizard({ template, disabled, onSubmit, onCancel }: Props) {
  const [answers, setAnswers] = useState(() => defaults(template));
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("input, select")?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(renderTemplate(template, answers));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Escape") return;
    // closes the wizard only, not the whole panel
    event.preventDefault();
    onCancel();
  };

  return (
    <form
      ref={formRef}
      className={styles.wizard}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={`${template.label} template`}
      data-testid="assistant-template-wizard"
    >
      <p className={styles.wizardTitle}>
        <strong>{template.label}</strong> <span className="muted">{template.description}</span>
      </p>
      {template.questions.map((question) => (
        <TemplateQuestion
          key={question.id}
          question={question}
          value={answers[question.id] ?? question.default}
          onChange={(value) => setAnswers((prev) => ({ ...prev, [question.id]: value }))}
        />
      ))}
      <div className={styles.wizardActions}>
        <button type="button" className="button-secondary" onClick={onCancel} data-testid="wizard-cancel">
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={disabled} data-testid="wizard-send">
          Ask
        </button>
      </div>
    </form>
  );
}
