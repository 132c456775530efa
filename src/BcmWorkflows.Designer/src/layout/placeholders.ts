/** What each section not built yet will show. */
export const placeholders: Record<string, { title: string; text: string }> = {
  '/welcome': { title: 'Welcome', text: 'Your account has no role yet, so there is nothing to show. Ask an administrator to give you a role.' },
};
