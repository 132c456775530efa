using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BcmWorkflows.Browser.Tests.Support;

/// <summary>
/// The designer's canvas as React Flow draws it. A node is found by the activity id React Flow writes into its own
/// <c>data-id</c> attribute; its position in flow coordinates (independent of zoom) is its CSS translate.
/// </summary>
public static partial class Canvas
{
    public static ILocator Nodes(IPage page) => page.Locator(".react-flow__node");

    public static ILocator Node(IPage page, string activityId) => page.Locator($".react-flow__node[data-id=\"{activityId}\"]");

    /// <summary>The node's position in flow coordinates.</summary>
    public static async Task<(double X, double Y)> PositionAsync(IPage page, string activityId)
    {
        var transform = await Node(page, activityId).EvaluateAsync<string>("n => n.style.transform");
        var match = Translate().Match(transform);
        if (!match.Success) throw new InvalidOperationException($"Unexpected transform of node {activityId}: '{transform}'.");
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Drags a node by its middle with the mouse, in <paramref name="steps"/> moves (React Flow needs real moves).</summary>
    public static async Task DragAsync(IPage page, string activityId, double dx, double dy, int steps = 20)
    {
        var box = await Node(page, activityId).BoundingBoxAsync() ?? throw new InvalidOperationException($"Node {activityId} is not on screen.");
        // The header (top quarter), not a port handle on the right edge.
        var x = box.X + box.Width / 2;
        var y = box.Y + Math.Min(12, box.Height / 4);
        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)(x + dx), (float)(y + dy), new() { Steps = steps });
        await page.Mouse.UpAsync();
    }

    [GeneratedRegex(@"translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)")]
    private static partial Regex Translate();
}
