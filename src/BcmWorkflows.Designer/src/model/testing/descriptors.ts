import type { ActivityDescriptor, InputDescriptor } from '../activityTypes';

// A trimmed copy of what GET /api/activity-types returns for the types the shipped workflows use.
function descriptor(type: string, category: string, outcomes: string[], inputs: InputDescriptor[] = [], hasDynamicOutcomes = false): ActivityDescriptor {
  return { type, displayName: type, category, description: `${type} activity`, inputs, outcomes, hasDynamicOutcomes, outputs: [] };
}

function input(name: string, type = 'String', uiHint: string | null = null): InputDescriptor {
  return { name, type, required: false, description: name, uiHint, options: null };
}

export const testDescriptors: ActivityDescriptor[] = [
  descriptor('RunWorkflow', 'Composition', ['Done']),
  descriptor('Join', 'Control flow', ['Done']),
  descriptor('Decision', 'Control flow', ['True', 'False'], [input('condition', 'Boolean')]),
  descriptor('SetVariable', 'Control flow', ['Done'], [input('variable'), input('value', 'Any')]),
  descriptor('Switch', 'Control flow', ['Default'], [input('cases', 'Array', 'Cases'), input('mode')], true),
  descriptor('Log', 'Primitives', ['Done'], [input('message')]),
  descriptor('Fault', 'Primitives', []),
  descriptor('End', 'Primitives', []),
  descriptor('WaitForEvent', 'Events', ['Received', 'TimedOut']),
  descriptor('Delay', 'Timing', ['Done'], [input('duration', 'Duration')]),
  descriptor('Notify', 'Notifications', ['Done', 'Failed']),
  descriptor('WaitForAcknowledgement', 'Notifications', ['Acknowledged', 'TimedOut']),
  descriptor('SendSms', 'Notifications', ['Done', 'Failed']),
  descriptor('SendEmail', 'Notifications', ['Done', 'Failed']),
  descriptor('RunCallTree', 'BCM', ['Completed', 'QuorumNotMet']),
  descriptor('UpdateIncident', 'BCM', ['Done']),
  descriptor('SetPlanRevisionStatus', 'BCM', ['Done']),
  descriptor('RenderDocument', 'BCM', ['Done']),
  descriptor('StartDuePlanReviews', 'BCM', ['Done']),
  descriptor('OpenPlanRevision', 'BCM', ['Done']),
  descriptor('ResolveMembers', 'BCM', ['Done', 'Empty']),
  descriptor('GetImprovementAction', 'BCM', ['Done']),
  descriptor('CreateImprovementAction', 'BCM', ['Done']),
  descriptor('WaitForActionClosed', 'BCM', ['Verified', 'Reopened', 'Completed', 'Overdue']),
  descriptor('AssignTraining', 'BCM', ['Done']),
  descriptor('WaitForTrainingCompleted', 'BCM', ['Completed', 'Overdue']),
  descriptor('UserTask', 'BCM', ['Done'], [input('outcomes', 'Array', 'Outcomes')], true),
  descriptor('Approval', 'BCM', ['Approved', 'Rejected']),
];
