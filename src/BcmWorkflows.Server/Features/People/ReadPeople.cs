using System.Globalization;
using BcmWorkflows.Data;
using BcmWorkflows.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Features.People;

/// <summary>
/// <c>GET /api/people/{id}</c> and <c>GET /api/people?orgUnit=&amp;search=&amp;page=&amp;pageSize=</c>: by name, a page at
/// a time, the total in <c>X-Total-Count</c>. <c>orgUnit</c> matches exactly; <c>search</c> finds text in the name,
/// email or phone, ignoring case.
/// </summary>
public static class ReadPeople
{
    public const int MaxPageSize = 500;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithSummary("People by name, filtered by org unit and search text; the total is in X-Total-Count.");
        group.MapGet("/{id}", Get).WithSummary("One person.");
    }

    private static async Task<Ok<PersonView>> Get(string id, BcmDbContext db, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"No person '{id}'.");
        return TypedResults.Ok(PersonView.From(person));
    }

    private static async Task<Ok<List<PersonView>>> List(HttpResponse response, BcmDbContext db, string? orgUnit, string? search,
        int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = pageSize ?? 50;
        if (size is < 1 or > MaxPageSize) throw RequestValidationException.For("pageSize", $"Use 1 to {MaxPageSize}.");
        var number = page ?? 1;
        if (number < 1) throw RequestValidationException.For("page", "Pages start at 1.");
        if (search?.Length > 200) throw RequestValidationException.For("search", "At most 200 characters.");

        var query = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(orgUnit)) query = query.Where(p => p.OrgUnit == orgUnit.Trim());
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + EscapeLike(search.Trim().ToLowerInvariant()) + "%";
            // Phones are stored without spaces or dashes: "151 1234" finds +4915112345678.
            var digits = new string(search.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
            var phonePattern = digits.Length == 0 ? "" : "%" + digits + "%";
            query = query.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, "\\")
                || (p.Email != null && EF.Functions.Like(p.Email.ToLower(), pattern, "\\"))
                || (phonePattern != "" && p.Phone != null && EF.Functions.Like(p.Phone, phonePattern)));
        }
        response.Headers["X-Total-Count"] = (await query.CountAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture);
        var people = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(people.Select(PersonView.From).ToList());
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
