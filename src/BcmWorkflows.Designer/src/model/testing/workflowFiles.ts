import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkflowDefinition } from '../definition';

/** The repository's workflows/ folder (src/BcmWorkflows.Designer/src/model/testing → repo root). */
export const workflowsFolder = fileURLToPath(new URL('../../../../../workflows/', import.meta.url));

export interface WorkflowFile {
  file: string;
  text: string;
  definition: WorkflowDefinition;
}

export function readWorkflowFiles(): WorkflowFile[] {
  return readdirSync(workflowsFolder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = readFileSync(workflowsFolder + file, 'utf8');
      return { file, text, definition: JSON.parse(text) as WorkflowDefinition };
    });
}
