'use client';

import type { QueryKey } from '@tanstack/react-query';
import {
  useActionState,
  useEffect,
  useState,
  type ChangeEvent,
  type FormEvent,
  type ReactNode,
} from 'react';
import type { z } from 'zod';
import {
  awaitedWriteOf,
  PendingNotice,
  useAwaitedWrite,
  type AwaitedWrite,
  type ProjectionName,
} from '~/app/_consistency';
import { FormField, type ControlProps } from '~/app/_components/form-field';
import type { CommandActionResult } from '~/server/command-action';
import styles from './admin.module.css';
import { groupErrors, groupIssues, noErrors, type GroupedErrors } from './field-errors';

type Action = (
  previous: CommandActionResult | null,
  formData: FormData,
) => Promise<CommandActionResult>;

/** A controlled text control: labelled and described by its field, its value kept by the form. */
export interface TextControl extends ControlProps {
  value: string;
  onChange: (
    event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>,
  ) => void;
}

export type RenderField<Field extends string> = (
  name: Field,
  label: string,
  render: (control: TextControl) => ReactNode,
  hint?: string,
) => ReactNode;

type FieldOf<Schema extends z.ZodObject> = Extract<keyof Schema['shape'], string>;

export interface CommandFormProps<
  Schema extends z.ZodObject,
  Field extends string = FieldOf<Schema>,
> {
  /** The server action that runs the command. */
  readonly action: Action;
  /** The domain's input schema: its fields are the form's, and the browser checks them with it. */
  readonly schema: Schema;
  readonly initial: Readonly<Record<Field, string>>;
  /** Fields sent as `initial` has them, not shown: the id of what the form changes. */
  readonly hidden?: readonly Field[];
  /** Makes the ids of this form's controls unique on a page with several forms. */
  readonly idPrefix: string;
  /** What the form is for, for assistive tech. */
  readonly title: string;
  readonly submit: string;
  readonly submitting: string;
  /**
   * What to do with the write: wait for the read model that shows it (and refetch its queries
   * then), with the form saying so; or hand it to the page, which says so itself.
   */
  readonly then:
    | {
        readonly await: ProjectionName;
        readonly invalidate: readonly QueryKey[];
        readonly pending?: string;
        readonly fresh?: string;
      }
    | { readonly report: (write: AwaitedWrite | null) => void };
  /** Start again from `initial` after a success (a quantity received, not a name kept). */
  readonly resetOnSuccess?: boolean;
  readonly tone?: 'primary' | 'danger';
  readonly children: (field: RenderField<Field>) => ReactNode;
}

/**
 * An admin form that runs one command. The browser validates with the domain's schema first, so a
 * mistake is shown without a round trip; the server validates again with the same schema. After
 * a success the form says the change is pending until the read model shows it, in a line whose
 * space is always reserved.
 */
export function CommandForm<Schema extends z.ZodObject>(props: CommandFormProps<Schema>) {
  const { schema, initial, hidden = [], idPrefix, then, children } = props;
  const fields = Object.keys(initial);
  const [result, formAction, isSending] = useActionState(props.action, null);
  const [typed, setValues] = useState(initial);
  // Hidden fields follow the page (a new refund id after each refund), never what was typed.
  const values = { ...typed, ...Object.fromEntries(hidden.map((name) => [name, initial[name]])) };
  const [browserErrors, setBrowserErrors] = useState<GroupedErrors | null>(null);
  const [seen, setSeen] = useState(result);
  if (result !== seen) {
    // A new answer: what the browser found before is stale; a success may start the form again.
    setSeen(result);
    setBrowserErrors(null);
    if (result?.ok && props.resetOnSuccess) setValues(initial);
  }
  const write = awaitedWriteOf(result);
  const awaiting = 'await' in then ? then : null;
  const { status } = useAwaitedWrite(awaiting && write, {
    projection: awaiting?.await ?? 'admin-orders',
    invalidate: awaiting?.invalidate,
  });
  const report = 'report' in then ? then.report : null;
  useEffect(() => {
    if (report && result?.ok) report(awaitedWriteOf(result));
    // Once per answer: the page's callback may change on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);

  const errors =
    browserErrors ?? (result && !result.ok ? groupErrors(result.fieldErrors, fields) : noErrors);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const checked = schema.safeParse(values);
    if (checked.success) return;
    event.preventDefault();
    setBrowserErrors(groupIssues(checked.error, fields));
  }

  const field: RenderField<FieldOf<Schema>> = (name, label, render, hint) => (
    <FormField
      key={name}
      name={`${idPrefix}-${name}`}
      label={label}
      hint={hint}
      errors={errors.fields[name]}
    >
      {(control) =>
        render({
          ...control,
          name,
          value: values[name],
          onChange: (event) => setValues((current) => ({ ...current, [name]: event.target.value })),
        })
      }
    </FormField>
  );

  const message = browserErrors
    ? 'Please correct the highlighted fields.'
    : result && !result.ok
      ? result.message
      : null;
  return (
    <form
      action={formAction}
      onSubmit={checkBeforeSending}
      className={styles.commandForm}
      aria-label={props.title}
      noValidate
    >
      {hidden.map((name) => (
        <input key={name} type="hidden" name={name} value={values[name]} />
      ))}
      {message && (
        <div role="alert" className="card form-error" data-testid="form-message">
          <p>{message}</p>
          {errors.form.length > 0 && (
            <ul>
              {errors.form.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {children(field)}
      <div className={styles.formFoot}>
        <button
          type="submit"
          className={props.tone === 'danger' ? `button ${styles.dangerButton}` : 'button'}
          disabled={isSending}
        >
          {isSending ? props.submitting : props.submit}
        </button>
        {result?.ok && result.position === null ? (
          <p role="status" className={styles.unchanged}>
            Nothing to change: it already is so.
          </p>
        ) : (
          awaiting && (
            <PendingNotice status={status} pending={awaiting.pending} fresh={awaiting.fresh} />
          )
        )}
      </div>
    </form>
  );
}
