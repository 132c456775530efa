/** What each section not built yet will show. */
export const placeholders: Record<string, { title: string; text: string }> = {
  '/people': { title: 'People', text: 'The people directory: search by name and org unit, create and edit people, import a CSV, opt-outs.' },
  '/plans': { title: 'Plans', text: 'Business continuity plans with their revisions and review status; start a review and read the published documents.' },
  '/welcome': { title: 'Welcome', text: 'Your account has no role yet, so there is nothing to show. Ask an administrator to give you a role.' },
};
