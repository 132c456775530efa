using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.People.Import;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Auth.ApiKeys;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.People;

/// <summary>
/// <c>POST /api/people/import</c>: a people CSV (<see cref="PeopleCsv"/>) as the body (<c>text/csv</c>) or as the one
/// file of a <c>multipart/form-data</c> upload; UTF-8, at most 5 MiB and 20,000 people. All or nothing: any wrong row
/// → 400 with <c>errors</c> keyed <c>row N: column</c> (N counts the header as row 1, so the first person is row 2)
/// and nothing stored; else one transaction → 200 <c>{created, updated, people}</c>.
/// </summary>
public static class ImportPeople
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public sealed record Response(int Created, int Updated, IReadOnlyList<string> People);

    private static readonly string[] CsvTypes = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/import", Handle)
            .RequireAuthorization(Policies.Design)
            .AcceptsApiKeyScope(ApiKeyScopes.PeopleSync)
            .Accepts<string>(CsvTypes[0], [.. CsvTypes.Skip(1), "multipart/form-data"])
            .WithSummary("Import people from CSV, all or nothing, with a per-row error report.");

    private static async Task<Ok<Response>> Handle(HttpRequest request, PeopleImporter importer, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var bytes = await ReadFileAsync(request, cancellationToken);
        if (!PeopleCsv.TryDecode(bytes, out var text))
            throw RequestValidationException.For("file", "The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again.");

        PeopleImportResult result;
        try
        {
            result = await importer.ImportAsync(text, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Some of these people were changed by someone else during the import; nothing was imported. Try again.");
        }
        if (!result.Succeeded)
        {
            var rows = result.Errors.Keys.Select(k => k.Split(':')[0]).Distinct().Count();
            throw new RequestValidationException($"Nothing was imported: {rows} row(s) have problems.", result.Errors);
        }
        await PeopleEvents.RaiseImportedAsync(runtime, result.CreatedIds, cancellationToken);
        return TypedResults.Ok(new Response(result.Created, result.Updated, result.PersonIds));
    }

    private static async Task<byte[]> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes + 64 * 1024) throw TooLarge();
        if (request.HasFormContentType)
        {
            // Our own limits, not the defaults (128 MB): an upload is refused as soon as it passes the cap.
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                MultipartBodyLengthLimit = MaxBytes + 64 * 1024, BufferBodyLengthLimit = MaxBytes + 64 * 1024, ValueCountLimit = 16,
            }));
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException)
            {
                throw TooLarge();
            }
            if (form.Files.Count != 1) throw RequestValidationException.For("file", $"Upload exactly one CSV file (got {form.Files.Count}).");
            var file = form.Files[0];
            if (file.Length > MaxBytes) throw TooLarge();
            using var memory = new MemoryStream((int)file.Length);
            await file.CopyToAsync(memory, cancellationToken);
            return memory.ToArray();
        }

        var type = request.ContentType?.Split(';')[0].Trim();
        if (type is null || !CsvTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            throw new BadHttpRequestException($"Send the CSV as text/csv or as a multipart/form-data upload, not {type ?? "no content type"}.",
                StatusCodes.Status415UnsupportedMediaType);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static BadHttpRequestException TooLarge() =>
        new($"The file is larger than {MaxBytes / 1024 / 1024} MiB: split it into several imports.", StatusCodes.Status413PayloadTooLarge);
}
