using DocumentFormat.OpenXml.Wordprocessing;

namespace BcmWorkflows.Domain.Plans.Documents;

/// <summary>
/// The styles of a generated DOCX: Normal (Latin font plus an East-Asian font so Chinese text shows in a Chinese
/// face), Title, Heading1–4 (real heading styles: Word's navigation pane and table of contents find them) and a
/// bordered table style.
/// </summary>
internal static class DocxStyles
{
    public const string Latin = "Calibri";
    public const string EastAsian = "Microsoft YaHei";
    public const string Table = "PlanTable";

    public static Styles Create(string language)
    {
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = EastAsian },
                new FontSize { Val = "21" },
                new Languages { Val = language == "zh-CN" ? "zh-CN" : "en-GB", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto })));
        var styles = new Styles(defaults, Paragraph("Normal", "Normal", null, null));
        styles.Append(Paragraph("Title", "Title", new SpacingBetweenLines { Before = "0", After = "240" }, Run(44, "1F3864")));
        styles.Append(Heading(1, 32, "1F3864"));
        styles.Append(Heading(2, 26, "2F5496"));
        styles.Append(Heading(3, 23, "2F5496"));
        styles.Append(Heading(4, 21, "404040"));
        styles.Append(Paragraph("ListParagraph", "List Paragraph", new SpacingBetweenLines { After = "60" }, null, new Indentation { Left = "567", Hanging = "283" }));
        styles.Append(TableStyle());
        return styles;
    }

    private static Style Heading(int level, int halfPoints, string color)
    {
        var style = Paragraph($"Heading{level}", $"heading {level}", new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
            Run(halfPoints, color));
        style.StyleParagraphProperties!.Append(new KeepNext(), new OutlineLevel { Val = level - 1 });
        return style;
    }

    private static StyleRunProperties Run(int halfPoints, string color) =>
        new(new Bold(), new Color { Val = color }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static Style Paragraph(string id, string name, SpacingBetweenLines? spacing, StyleRunProperties? run, Indentation? indentation = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        style.Append(new StyleName { Val = name });
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (spacing is not null) paragraph.Append(spacing);
        if (indentation is not null) paragraph.Append(indentation);
        style.Append(paragraph);
        if (run is not null) style.Append(run);
        return style;
    }

    private static Style TableStyle()
    {
        static BorderType Line<TBorder>() where TBorder : BorderType, new() =>
            new TBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "999999" };
        return new Style(
            new StyleName { Val = "Plan Table" },
            new BasedOn { Val = "TableNormal" },
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table };
    }
}
