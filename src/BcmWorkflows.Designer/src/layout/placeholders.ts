/** What each section not built yet will show. */
export const placeholders: Record<string, { title: string; text: string }> = {
  '/people': { title: 'People', text: 'The people directory: search by name and org unit, create and edit people, import a CSV, opt-outs.' },
  '/call-trees': { title: 'Call trees', text: 'Call trees with their waves; estimate and activate one, and a live view of the confirmation rate per wave and who has not answered.' },
  '/plans': { title: 'Plans', text: 'Business continuity plans with their revisions and review status; start a review and read the published documents.' },
  '/outbox': { title: 'Outbox', text: 'Every message sent (SMS, email) with its status history.' },
  '/tasks': { title: 'Tasks', text: 'The task inbox: approve or reject with a comment; plan revisions show what changed.' },
  '/my/tasks': { title: 'My tasks', text: 'Your open tasks and acknowledgements.' },
  '/my/training': { title: 'My training', text: 'The training assigned to you and what you have completed.' },
  '/welcome': { title: 'Welcome', text: 'Your account has no role yet, so there is nothing to show. Ask an administrator to give you a role.' },
};
