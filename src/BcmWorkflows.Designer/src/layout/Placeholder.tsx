/** A section that is not built yet: says what will be there, shows no made-up data. */
export function Placeholder({ title, text, pending = true }: { title: string; text: string; pending?: boolean }) {
  return (
    <main className="placeholder">
      <h1>{title}</h1>
      <p>{text}</p>
      {pending && <p><em>Not built yet.</em></p>}
    </main>
  );
}
