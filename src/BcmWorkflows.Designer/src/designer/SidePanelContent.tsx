import type { DescriptorLookup } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';
import type { Command } from '../model/history';
import type { LocatedProblem } from '../model/problems';
import { ConnectionsEditor } from './ConnectionsEditor';
import type { SidePanel } from './DesignerToolbar';
import { PropertyPanel } from './properties/PropertyPanel';
import { SettingsPanel } from './settings/SettingsPanel';
import { VersionsPanel } from './versions/VersionsPanel';

interface Props {
  panel: SidePanel;
  definition: WorkflowDefinition;
  descriptors: DescriptorLookup;
  activityId: string | undefined;
  problems: readonly LocatedProblem[];
  activityProblems: LocatedProblem[];
  settingsProblems: LocatedProblem[];
  readOnly: boolean;
  onCommand: (command: Command) => void;
  onRenamed: (to: string) => void;
  versions: { refreshKey: string; onOpen: (version: number) => void; onRevert: (version: number) => void };
}

/** The right-hand panel: the selected activity (properties and connections), the workflow's settings, or its versions. */
export function SidePanelContent(props: Props) {
  const { panel, definition, descriptors, activityId, readOnly, onCommand } = props;
  if (panel === 'versions')
    return <VersionsPanel definitionId={definition.definitionId} refreshKey={props.versions.refreshKey} readOnly={readOnly} onOpen={props.versions.onOpen} onRevert={props.versions.onRevert} />;
  if (panel === 'settings' || activityId === undefined) {
    return (
      <>
        {panel === 'properties' && <p className="muted">Select one activity to edit it. These are the workflow's settings.</p>}
        <SettingsPanel definition={definition} errors={props.settingsProblems} readOnly={readOnly} onCommand={onCommand} />
      </>
    );
  }
  return (
    <>
      <PropertyPanel definition={definition} activityId={activityId} descriptors={descriptors} errors={props.activityProblems}
        readOnly={readOnly} onCommand={onCommand} onActivityRenamed={(_from, to) => props.onRenamed(to)} />
      <ConnectionsEditor definition={definition} activityId={activityId} descriptors={descriptors} readOnly={readOnly} onCommand={onCommand} />
    </>
  );
}
