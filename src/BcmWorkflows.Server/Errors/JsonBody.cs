using System.Text.Json;
using BcmWorkflows.Engine.Serialization;

namespace BcmWorkflows.Server.Errors;

/// <summary>
/// Reads JSON request bodies ourselves rather than through parameter binding, so that a malformed or
/// oversized body becomes a problem that says what is wrong and where (path, line, byte).
/// </summary>
public static class JsonBody
{
    public const long DefaultLimit = 1024 * 1024;

    /// <summary>The engine's JSON conventions, refusing U+0000 in strings (see <see cref="NulRejectingStringConverter"/>).</summary>
    private static readonly JsonSerializerOptions Options = RequestOptions();

    /// <summary>Reads <typeparamref name="T"/>; an empty body gives <paramref name="whenEmpty"/> (or a 400 when that is null).</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, T? whenEmpty = null, long limit = DefaultLimit)
        where T : class
    {
        if (request.ContentLength > limit) throw TooLarge(limit);
        if (request.ContentLength == 0 && whenEmpty is not null) return whenEmpty;
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
            throw new BadHttpRequestException($"Send the body as application/json, not {type}.", StatusCodes.Status415UnsupportedMediaType);

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return whenEmpty ?? throw RequestValidationException.For("$", "A JSON body is required.");
        buffer.Position = 0;
        return await JsonSerializer.DeserializeAsync<T>(buffer, Options, cancellationToken)
            ?? whenEmpty ?? throw RequestValidationException.For("$", "A JSON body is required, not null.");
    }

    private static JsonSerializerOptions RequestOptions()
    {
        var options = new JsonSerializerOptions(WorkflowJson.Options);
        options.Converters.Add(new NulRejectingStringConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static BadHttpRequestException TooLarge(long limit) =>
        new($"The body is larger than the limit of {limit / 1024} KiB.", StatusCodes.Status413PayloadTooLarge);
}
