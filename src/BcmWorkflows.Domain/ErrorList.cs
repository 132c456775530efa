namespace BcmWorkflows.Domain;

/// <summary>Collects validation problems keyed by JSON path, so every problem of a request is reported at once.</summary>
public sealed class ErrorList
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var list)) _errors[path] = list = [];
        list.Add(message);
    }

    public void AddRange(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (path, messages) in errors)
            foreach (var message in messages) Add(path, message);
    }

    /// <summary>Requires 1 to <paramref name="max"/> characters.</summary>
    public void RequireText(string path, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max) Add(path, $"Required, 1 to {max} characters.");
    }

    /// <summary>Allows null, else at most <paramref name="max"/> characters.</summary>
    public void LimitText(string path, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(path, $"At most {max} characters.");
    }

    /// <summary>Parses an enum by name (case-insensitive); a problem listing the names when it is not one.</summary>
    public TEnum? Enum<TEnum>(string path, string? value, bool required = true) where TEnum : struct, System.Enum
    {
        if (value is null)
        {
            if (required) Add(path, $"Required: one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
            return null;
        }
        if (System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _))
            return parsed;
        Add(path, $"'{value}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return null;
    }

    /// <summary>Throws <see cref="DomainValidationException"/> when anything was added.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new DomainValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
