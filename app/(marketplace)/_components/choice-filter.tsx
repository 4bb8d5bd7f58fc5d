"use client";

interface Props<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string; hint?: string }[];
  value: readonly T[];
  onChange: (next: T[]) => void;
}

/** A group of checkboxes for a multi-valued filter; none checked means "any". */
export function ChoiceFilter<T extends string>({ legend, name, options, value, onChange }: Props<T>) {
  const toggle = (option: T) =>
    onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  return (
    <fieldset className="field choice-filter">
      <legend>{legend}</legend>
      <ul className="choice-list">
        {options.map((o) => (
          <li key={o.value}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={o.value}
                checked={value.includes(o.value)}
                onChange={() => toggle(o.value)}
                data-testid={`filter-${name}-${o.value}`}
              />{" "}
              {o.label}
              {o.hint && <span className="muted"> {o.hint}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
