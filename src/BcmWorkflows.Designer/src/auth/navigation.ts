/** The sections of the app and who sees them in the top bar. */
export interface NavItem {
  path: string;
  label: string;
}

export const sections = {
  workflows: { path: '/workflows', label: 'Workflows' },
  instances: { path: '/instances', label: 'Instances' },
  people: { path: '/people', label: 'People' },
  callTrees: { path: '/call-trees', label: 'Call trees' },
  plans: { path: '/plans', label: 'Plans' },
  outbox: { path: '/outbox', label: 'Outbox' },
  tasks: { path: '/tasks', label: 'Tasks' },
  myTasks: { path: '/my/tasks', label: 'My tasks' },
  myAcknowledgements: { path: '/my/acknowledgements', label: 'My acknowledgements' },
  myTraining: { path: '/my/training', label: 'My training' },
} satisfies Record<string, NavItem>;

// Everyone may be assigned a task, asked to confirm a message or given training, whatever else their role does.
const mine = [sections.myTasks, sections.myAcknowledgements, sections.myTraining];

const byRole: Record<string, NavItem[]> = {
  Admin: [sections.workflows, sections.instances, sections.people, sections.callTrees, sections.plans, sections.outbox, sections.tasks, ...mine],
  Coordinator: [sections.workflows, sections.instances, sections.people, sections.callTrees, sections.plans, sections.outbox, sections.tasks, ...mine],
  Manager: [sections.tasks, sections.plans, sections.outbox, ...mine],
  Staff: mine,
};

/** Every section the user's roles give, once each, in role order (Admin/Coordinator first, Staff last). */
export function navigationFor(roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [];
  for (const role of ['Admin', 'Coordinator', 'Manager', 'Staff']) {
    if (!roles.includes(role)) continue;
    for (const item of byRole[role] ?? []) if (!items.some((i) => i.path === item.path)) items.push(item);
  }
  return items;
}

/** Where `/` leads: the first section the user may see. */
export function homeFor(roles: readonly string[]): string {
  return navigationFor(roles)[0]?.path ?? '/welcome';
}

/** Whether the path is in one of the user's sections (a section's sub-pages included). */
export function mayVisit(roles: readonly string[], pathname: string): boolean {
  return navigationFor(roles).some((i) => pathname === i.path || pathname.startsWith(`${i.path}/`));
}
