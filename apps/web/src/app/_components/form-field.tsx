import type { ReactNode } from 'react';

/** What a form control needs to be labelled and tied to its hint and errors for assistive tech. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly errors: readonly string[] | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}

export function FormField({ name, label, hint, errors, children }: FormFieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors?.length ? `${name}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {children({
        id: name,
        name,
        'aria-invalid': errorId !== undefined,
        'aria-describedby': describedBy,
      })}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors?.join(' ')}
        </p>
      )}
      {hintId && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}
