namespace BcmWorkflows.Bench.Designer;

/// <summary>Scripts run in the page; times are <c>performance.now()</c>, i.e. milliseconds since the navigation started.</summary>
public static class PageProbes
{
    /// <summary>
    /// True once <c>n</c> React Flow nodes are in the DOM and measured (React Flow keeps a node hidden until it has its
    /// size); records the time of the first frame where that holds in <c>window.__bcmShown</c>.
    /// </summary>
    public const string AllNodesShown = """
        n => {
          const nodes = document.querySelectorAll('.react-flow__node');
          if (nodes.length < n) return false;
          for (const node of nodes) if (node.style.visibility === 'hidden') return false;
          window.__bcmShown ??= performance.now();
          return true;
        }
        """;

    /// <summary>True once the node is selected (React Flow's <c>selected</c> class); records the time in <c>window.__bcmSelected</c>.</summary>
    public const string NodeSelected = """
        id => {
          const node = document.querySelector(`.react-flow__node[data-id="${id}"]`);
          if (!node || !node.classList.contains('selected')) return false;
          window.__bcmSelected ??= performance.now();
          return true;
        }
        """;

    /// <summary>
    /// The node nearest the middle of the canvas that lies wholly inside it, as <c>[id, x, y]</c> (its header's middle in
    /// viewport pixels). A large workflow does not fit at React Flow's minimum zoom, so its first or last node may be off screen.
    /// </summary>
    public const string CentralNode = """
        () => {
          const pane = document.querySelector('.react-flow').getBoundingClientRect();
          const [cx, cy] = [pane.x + pane.width / 2, pane.y + pane.height / 2];
          let best = null;
          for (const node of document.querySelectorAll('.react-flow__node')) {
            const r = node.getBoundingClientRect();
            if (r.left < pane.left || r.top < pane.top || r.right > pane.right || r.bottom > pane.bottom) continue;
            const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
            if (!best || d < best.d) best = { d, id: node.dataset.id, x: r.x + r.width / 2, y: r.y + Math.min(6, r.height / 4) };
          }
          return best ? [best.id, String(best.x), String(best.y)] : null;
        }
        """;

    public const string Times = "() => [window.__bcmShown, window.__bcmSelected]";

    /// <summary>Starts recording the time between animation frames.</summary>
    public const string StartFrames = """
        () => {
          window.__bcmFrames = [];
          window.__bcmRecording = true;
          let last = performance.now();
          const tick = t => {
            window.__bcmFrames.push(t - last);
            last = t;
            if (window.__bcmRecording) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }
        """;

    /// <summary>Stops recording; returns the frame times in milliseconds (the first one, which waited for the start, dropped).</summary>
    public const string StopFrames = "() => { window.__bcmRecording = false; return window.__bcmFrames.slice(1); }";
}
