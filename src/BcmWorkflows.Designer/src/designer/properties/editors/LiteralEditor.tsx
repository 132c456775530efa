import type { EditorKind } from '../editorKind';
import type { EditorProps } from './editorProps';
import { DurationEditor, DurationsEditor } from './DurationEditor';
import { JsonEditor } from './JsonEditor';
import { CasesEditor, ChannelsEditor, StringListEditor } from './ListEditors';
import { PeopleEditor, PersonEditor } from './PeopleEditors';
import { AckModeEditor, ActivityEditor, BcmRoleEditor, CallTreeEditor, TemplateKeyEditor, VariableNameEditor, WorkflowEditor } from './PickerEditors';
import { BooleanEditor, DateTimeEditor, NumberEditor, OptionsEditor, TextEditor } from './TextEditors';

/** The editor for a literal value of this kind. */
export function LiteralEditor({ kind, ...props }: EditorProps & { kind: EditorKind }) {
  switch (kind) {
    case 'text': return <TextEditor {...props} />;
    case 'multiline':
    case 'templateText': return <TextEditor {...props} multiline />;
    case 'number': return <NumberEditor {...props} />;
    case 'boolean': return <BooleanEditor {...props} />;
    case 'select': return <OptionsEditor {...props} />;
    case 'dateTime': return <DateTimeEditor {...props} />;
    case 'duration': return <DurationEditor {...props} />;
    case 'durations': return <DurationsEditor {...props} />;
    case 'json': return <JsonEditor {...props} />;
    case 'cases': return <CasesEditor {...props} />;
    case 'outcomes': return <StringListEditor {...props} itemLabel="Outcome" />;
    case 'channels': return <ChannelsEditor {...props} />;
    case 'person': return <PersonEditor {...props} />;
    case 'people': return <PeopleEditor {...props} />;
    case 'bcmRole': return <BcmRoleEditor {...props} />;
    case 'callTree': return <CallTreeEditor {...props} />;
    case 'workflow': return <WorkflowEditor {...props} />;
    case 'activity': return <ActivityEditor {...props} />;
    case 'variable': return <VariableNameEditor {...props} />;
    case 'ackMode': return <AckModeEditor {...props} />;
    case 'template': return <TemplateKeyEditor {...props} />;
  }
}
