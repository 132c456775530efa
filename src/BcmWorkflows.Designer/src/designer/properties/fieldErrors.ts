import type { PathMessage } from '../../api/problem';

/** Messages sorted by the field they belong to (`id`, `name`, `input:to`, `inputs[0].name`), and the rest. */
export interface FieldErrors {
  byField: ReadonlyMap<string, string[]>;
  general: PathMessage[];
}

const activityField = /^\$\.root\.activities\[\d+\]\.(?:(id|name|description|type)$|inputs\.([^.[\]]+))/;
const settingsField = /^\$\.(?:(name|description)$|((?:inputs|variables|triggers)\[\d+\]\.[A-Za-z]+)$)/;

/** For one activity's problems (`$.root.activities[3].inputs.to`, also `…inputs.cases[1].condition`). */
export function activityFieldErrors(errors: readonly PathMessage[]): FieldErrors {
  return sortOut(errors, (path) => {
    const match = activityField.exec(path);
    if (!match) return undefined;
    return match[1] ?? `input:${match[2]}`;
  });
}

/** For the workflow's own problems (`$.name`, `$.inputs[0].name`, `$.triggers[1].expression`). */
export function settingsFieldErrors(errors: readonly PathMessage[]): FieldErrors {
  return sortOut(errors, (path) => {
    const match = settingsField.exec(path);
    return match ? (match[1] ?? match[2]) : undefined;
  });
}

function sortOut(errors: readonly PathMessage[], fieldOf: (path: string) => string | undefined): FieldErrors {
  const byField = new Map<string, string[]>();
  const general: PathMessage[] = [];
  for (const error of errors) {
    const field = fieldOf(error.path);
    if (field === undefined) general.push(error);
    else byField.set(field, [...(byField.get(field) ?? []), error.message]);
  }
  return { byField, general };
}

/** The path after the activity, for messages shown at the top (`$.root.activities[3].inputs.cases[1]` → `inputs.cases[1]`). */
export function shortPath(path: string): string {
  return path.replace(/^\$\.root\.activities\[\d+\]\.?/, '').replace(/^\$\.?/, '');
}
