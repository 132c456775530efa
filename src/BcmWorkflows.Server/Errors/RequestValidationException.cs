namespace BcmWorkflows.Server.Errors;

/// <summary>A request that is wrong in named places: becomes a 400 validation problem listing each.</summary>
public sealed class RequestValidationException(string title, IDictionary<string, string[]> errors, IDictionary<string, string[]>? warnings = null)
    : Exception(title)
{
    public IDictionary<string, string[]> Errors { get; } = errors;
    public IDictionary<string, string[]>? Warnings { get; } = warnings;

    public static RequestValidationException For(string path, string message) =>
        new("The request is not valid.", new Dictionary<string, string[]> { [path] = [message] });
}
