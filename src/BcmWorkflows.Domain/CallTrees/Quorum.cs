using System.Globalization;

namespace BcmWorkflows.Domain.CallTrees;

/// <summary>What counts as a confirmed wave: everyone asked (<c>All</c>), anyone (<c>Any</c>), or N people.</summary>
public readonly record struct Quorum(QuorumKind Kind, int Count)
{
    public static readonly Quorum All = new(QuorumKind.All, 0);
    public static readonly Quorum Any = new(QuorumKind.Any, 1);

    /// <summary>Parses <c>All</c>, <c>Any</c> (any case) or a positive whole number.</summary>
    public static bool TryParse(string? text, out Quorum quorum)
    {
        quorum = All;
        var value = text?.Trim();
        if (string.Equals(value, "All", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(value, "Any", StringComparison.OrdinalIgnoreCase)) { quorum = Any; return true; }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            quorum = new Quorum(QuorumKind.Count, n);
            return true;
        }
        return false;
    }

    public static Quorum Parse(string? text) =>
        TryParse(text, out var quorum) ? quorum : throw new FormatException($"'{text}' is not a quorum: All, Any or a positive number.");

    /// <summary>Confirmations needed when <paramref name="asked"/> people were asked (All: every one of them).</summary>
    public int Required(int asked) => Kind switch
    {
        QuorumKind.All => asked,
        QuorumKind.Any => 1,
        _ => Count,
    };

    /// <summary>Met when at least one person was asked and enough of them confirmed.</summary>
    public bool IsMet(int asked, int confirmed) => asked > 0 && confirmed >= Required(asked);

    public override string ToString() => Kind switch
    {
        QuorumKind.All => "All",
        QuorumKind.Any => "Any",
        _ => Count.ToString(CultureInfo.InvariantCulture),
    };
}
