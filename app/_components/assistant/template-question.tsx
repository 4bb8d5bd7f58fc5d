import type { z } from "zod";
import type { templateQuestionSchema } from "@/lib/assistant/templates";
import styles from "./assistant.module.css";

type Question = z.infer<typeof templateQuestionSchema>;

interface Props {
  question: Question;
  value: string;
  onChange: (value: string) => void;
}

/** One wizard field: a select of the template's options, or a positive number with its unit. */
export function TemplateQuestion({ question, value, onChange }: Props) {
  const id = `assistant-q-${question.id}`;
  return (
    <div className={styles.question}>
      <label htmlFor={id}>{question.label}</label>
      <div className={styles.questionInput}>
        {question.kind === "select" ? (
          <select
            id={id}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            data-testid={`wizard-${question.id}`}
          >
            {(question.options ?? [question.default]).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            required
            value={value}
            onChange={(e) => onChange(e.target.value)}
            data-testid={`wizard-${question.id}`}
          />
        )}
        {question.unit && <span className="muted">{question.unit}</span>}
      </div>
    </div>
  );
}
