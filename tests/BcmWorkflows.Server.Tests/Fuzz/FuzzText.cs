using System.Text;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>Hostile strings: huge, odd Unicode, control characters, broken Scriban.</summary>
public static class FuzzText
{
    private static readonly string[] Unicode =
    [
        "李娜", "Ω≈ç√∫", "\u202Eevil\u202C", "👩‍👩‍👧‍👦🔥", "\u0000", "\uFEFF", "e\u0301\u0301\u0301", "\u200B\u200D", "ﷺ", "𝕳𝖊𝖑𝖑𝖔",
        "\t\r\n", "\\", "\"", "'; DROP TABLE people; --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "{{", "}}",
    ];

    private static readonly string[] BrokenScriban =
    [
        "{{", "{{ input.", "{{ end }}", "{{ if }}", "{{ for x in }}", "{{ 1 + }}", "{{ func }}", "{{ x | }}", "{{ \"unterminated }}",
        "{{ include 'nope' }}", "{{ while true }}{{ end }}", "{{ 1 / 0 }}", "{{ [1,2 }}", "{{ input.a.b.c.d }}", "{{ }}", "}}{{",
        "{{ for i in 1..1000000 }}{{ i }}{{ end }}", "{{ date.parse 'x' }}", "{{ x = }}", "{{ ) }}",
    ];

    /// <summary>One hostile string (sometimes long: up to about 200,000 characters).</summary>
    public static string Any(Random random) => random.Next(6) switch
    {
        0 => Huge(random),
        1 => Scriban(random),
        2 => Pick(random, Unicode) + Pick(random, Unicode),
        3 => "",
        4 => Junk(random, random.Next(1, 64)),
        _ => new string(' ', random.Next(1, 8)),
    };

    public static string Huge(Random random) => new(Pick(random, ['x', 'é', '李', '\n']), random.Next(1_000, 200_000));

    /// <summary>Broken (or runaway) Scriban, sometimes mixed with text.</summary>
    public static string Scriban(Random random) =>
        random.Next(3) == 0 ? $"Dear {{{{ person.name }}}} {Pick(random, BrokenScriban)} {Pick(random, Unicode)}" : Pick(random, BrokenScriban);

    /// <summary>Random characters from the whole BMP (lone surrogates included) and some ASCII.</summary>
    public static string Junk(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            builder.Append(random.Next(3) == 0 ? (char)random.Next(0, 0xFFFF) : (char)random.Next(0x20, 0x7F));
        return builder.ToString();
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
