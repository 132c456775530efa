import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { mayVisit } from './auth/navigation';
import { DesignerPage } from './designer/DesignerPage';
import { Placeholder } from './layout/Placeholder';
import { placeholders } from './layout/placeholders';
import { navigate } from './router/navigation';
import { resolveRoute, type Params } from './router/routes';
import { WorkflowsPage } from './workflows/WorkflowsPage';
import type { Viewer } from './plans/planLabels';

// Pages other than the workflows list and the designer load on first visit: the designer opens with less to parse.
const InstancePage = lazy(() => import('./instances/InstancePage').then((m) => ({ default: m.InstancePage })));
const InstancesPage = lazy(() => import('./instances/InstancesPage').then((m) => ({ default: m.InstancesPage })));
const ActivationPage = lazy(() => import('./callTrees/ActivationPage').then((m) => ({ default: m.ActivationPage })));
const CallTreesPage = lazy(() => import('./callTrees/CallTreesPage').then((m) => ({ default: m.CallTreesPage })));
const MyAcknowledgementsPage = lazy(() => import('./my/MyAcknowledgementsPage').then((m) => ({ default: m.MyAcknowledgementsPage })));
const MyTrainingPage = lazy(() => import('./my/MyTrainingPage').then((m) => ({ default: m.MyTrainingPage })));
const OutboxMessagePage = lazy(() => import('./outbox/OutboxMessagePage').then((m) => ({ default: m.OutboxMessagePage })));
const OutboxPage = lazy(() => import('./outbox/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const PeoplePage = lazy(() => import('./people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazy(() => import('./people/PersonPage').then((m) => ({ default: m.PersonPage })));
const PlanPage = lazy(() => import('./plans/PlanPage').then((m) => ({ default: m.PlanPage })));
const PlansPage = lazy(() => import('./plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const TaskDetailPage = lazy(() => import('./tasks/TaskDetailPage').then((m) => ({ default: m.TaskDetailPage })));
const TaskInboxPage = lazy(() => import('./tasks/TaskInboxPage').then((m) => ({ default: m.TaskInboxPage })));

interface Route {
  path: string;
  /** `viewer`: who is signed in, for pages that offer actions by role or ownership. */
  render: (params: Params, viewer: Viewer) => ReactNode;
}

const routes: Route[] = [
  { path: '/workflows', render: () => <WorkflowsPage /> },
  { path: '/workflows/:id', render: (p) => <DesignerPage definitionId={p['id'] ?? ''} /> },
  { path: '/instances', render: () => <InstancesPage /> },
  { path: '/instances/:id', render: (p) => <InstancePage key={p['id']} instanceId={p['id'] ?? ''} /> },
  // People's pages: `key` so that another task or activation starts from a clean page.
  { path: '/tasks', render: () => <TaskInboxPage key="all" mine={false} basePath="/tasks" /> },
  { path: '/tasks/:id', render: (p) => <TaskDetailPage key={p['id']} taskId={p['id'] ?? ''} backTo="/tasks" /> },
  { path: '/my/tasks', render: () => <TaskInboxPage key="mine" mine basePath="/my/tasks" /> },
  { path: '/my/tasks/:id', render: (p) => <TaskDetailPage key={p['id']} taskId={p['id'] ?? ''} backTo="/my/tasks" /> },
  { path: '/my/acknowledgements', render: () => <MyAcknowledgementsPage /> },
  { path: '/my/training', render: () => <MyTrainingPage /> },
  // Operations pages.
  { path: '/outbox', render: () => <OutboxPage /> },
  { path: '/outbox/:id', render: (p) => <OutboxMessagePage key={p['id']} messageId={p['id'] ?? ''} /> },
  { path: '/call-trees', render: () => <CallTreesPage /> },
  { path: '/call-trees/:id/activations/:activationId',
    render: (p) => <ActivationPage key={`${p['id']}/${p['activationId']}`} callTreeId={p['id'] ?? ''} activationId={p['activationId'] ?? ''} /> },
  // Plans and people.
  { path: '/plans', render: () => <PlansPage /> },
  { path: '/plans/:id', render: (p, viewer) => <PlanPage key={p['id']} planId={p['id'] ?? ''} viewer={viewer} /> },
  { path: '/people', render: () => <PeoplePage /> },
  { path: '/people/new', render: () => <PersonPage key="new" personId={undefined} /> },
  { path: '/people/:id', render: (p) => <PersonPage key={p['id']} personId={p['id'] ?? ''} /> },
  ...Object.entries(placeholders).map(([path, text]) => ({ path, render: () => <Placeholder {...text} /> })),
];

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

/** The page for the path; `/` goes to the user's first section. */
export function Routes({ pathname, roles, personId, home }: { pathname: string; roles: string[]; personId?: string | null; home: string }) {
  if (pathname === '/') return <Redirect to={home} />;
  const match = resolveRoute(routes, pathname);
  if (!match) return <Placeholder pending={false} title="Not found" text={`There is no page at ${pathname}.`} />;
  if (pathname !== '/welcome' && !mayVisit(roles, pathname))
    return <Placeholder pending={false} title="Not available" text="This page is not part of your role. Use the sections in the top bar." />;
  return <Suspense fallback={<p role="status">Loading…</p>}>{match.route.render(match.params, { roles, personId: personId ?? null })}</Suspense>;
}
