using BcmWorkflows.Notifications.People.Import;

namespace BcmWorkflows.Notifications.Tests.People;

public class PeopleCsvTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_count_as_a_spreadsheet_does()
    {
        var text = "name,orgUnit,email\r\n\"Doe, Jane\",\"Ops \"\"East\"\"\",jane@example.org\r\n\r\n\"Two\nlines\",IT,x@example.org\r\nLast,,y@example.org";

        var records = CsvReader.Read(text);

        Assert.Equal([1, 2, 4, 5], records.Select(r => r.Row));
        Assert.Equal(["Doe, Jane", "Ops \"East\"", "jane@example.org"], records[1].Fields);
        Assert.Equal("Two\nlines", records[2].Fields[0]);
        Assert.Equal(["Last", "", "y@example.org"], records[3].Fields);
    }

    [Fact]
    public void A_UTF8_file_with_a_BOM_and_Chinese_names_reads_back_exactly()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("name,phone\n王伟,+8613800138000\n")).ToArray();

        Assert.True(PeopleCsv.TryDecode(bytes, out var text));
        var (rows, errors) = PeopleCsv.Parse(text, 10);

        Assert.Empty(errors);
        Assert.Equal("王伟", Assert.Single(rows).Cell(PeopleCsv.Name));
        Assert.Equal(2, rows[0].Row);
    }

    [Fact]
    public void A_file_in_a_legacy_code_page_is_not_taken_for_UTF8()
    {
        byte[] gbk = [0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xCD, 0xF5, 0xCE, 0xB0]; // "name\n王伟" in GBK

        Assert.False(PeopleCsv.TryDecode(gbk, out _));
    }

    [Fact]
    public void Header_names_are_forgiving_about_case_and_spacing_and_semicolon_files_are_detected()
    {
        var (rows, errors) = PeopleCsv.Parse("Name;E-Mail;Org Unit;Channels\nAna;ana@example.org;HR;\"Sms;Email\"\n", 10);

        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal("HR", row.Cell(PeopleCsv.OrgUnit));
        Assert.Equal(["Sms", "Email"], PeopleCsv.SplitChannels(row.Cell(PeopleCsv.Channels)));
        Assert.Equal(["Sms", "Email"], PeopleCsv.SplitChannels("Sms|Email"));
        Assert.Null(PeopleCsv.SplitChannels(" "));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_row_where_it_opens()
    {
        var (_, errors) = PeopleCsv.Parse("name,email\nAna,ana@example.org\n\"Ben,ben@example.org\nCleo,c@example.org\n", 10);

        Assert.Contains("not closed", Assert.Single(errors, e => e.Key == "row 3").Value[0]);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_of_that_row()
    {
        var (_, errors) = PeopleCsv.Parse("name,email\n\"Ana\"x,ana@example.org\n", 10);

        Assert.Contains("closing quote", errors["row 2"][0]);
    }

    [Fact]
    public void Unknown_duplicate_and_missing_columns_are_reported_on_row_1()
    {
        var (_, errors) = PeopleCsv.Parse("email,fax,email\na@example.org,1,b@example.org\n", 10);

        Assert.Equal(["row 1", "row 1: email", "row 1: fax"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("name column", errors["row 1"][0]);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_named()
    {
        var (rows, errors) = PeopleCsv.Parse("name,email\nAna,ana@example.org\nBen\nCleo,c@example.org,extra\n", 10);

        Assert.Equal(["row 3", "row 4"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Single(rows);
    }

    [Fact]
    public void Too_many_rows_or_no_rows_are_refused()
    {
        Assert.Contains("more than 2 people", PeopleCsv.Parse("name\na\nb\nc\n", 2).Errors["row 4"][0]);
        Assert.Contains("empty", PeopleCsv.Parse("", 2).Errors["row 1"][0]);
        Assert.Contains("no people", PeopleCsv.Parse("name\r\n", 2).Errors["row 2"][0]);
    }
}
