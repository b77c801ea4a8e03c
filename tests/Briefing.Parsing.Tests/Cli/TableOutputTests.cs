using System.Globalization;
using System.Text.Json;
using Briefing.Parsing.Cli;
using nietras.SeparatedValues;

namespace Briefing.Parsing.Tests.Cli;

/// <summary><c>--output csv|tsv</c>: read back with Sep and compared field by field with the JSON of the same parse.</summary>
public sealed class TableOutputTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("briefing-table-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>The seeds and the fixtures that exercise announcements, several answers, follow-ups and statements.</summary>
    private string Inputs()
    {
        string folder = Path.Combine(_temp, "in");
        Directory.CreateDirectory(folder);
        foreach (var seed in TestFiles.SeedNames) File.Copy(Tool.SeedPath(seed), Path.Combine(folder, seed + ".txt"));
        foreach (var name in (string[])["india-jaiswal-2024", "mfa-bi-interleaved-2022", "news-en-wire", "mfa-en-qa-2015", "state-price-2022"])
            File.Copy(TestFiles.FixturePath(name), Path.Combine(folder, name + ".txt"));
        return folder;
    }

    private static List<Dictionary<string, string>> ReadTable(string text, char separator)
    {
        using var reader = Sep.New(separator).Reader(o => o with { Unescape = true, HasHeader = true }).FromText(text);
        Assert.Equal(BriefingTable.Columns, reader.Header.ColNames);
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in BriefingTable.Columns) values[column] = row[column].ToString();
            rows.Add(values);
        }
        return rows;
    }

    private static string Str(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    private static string Name(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Object ? Str(v, "name") : "";

    private static string Num(JsonElement span, string property) =>
        span.ValueKind == JsonValueKind.Object ? span.GetProperty(property).GetInt32().ToString(CultureInfo.InvariantCulture) : "";

    [Theory]
    [InlineData("csv", ',')]
    [InlineData("tsv", '\t')]
    public async Task Every_row_equals_the_json_of_the_same_parse_field_by_field(string output, char separator)
    {
        string folder = Inputs();
        var table = await Tool.Run("parse", folder, "--output", output);
        var lines = await Tool.Run("parse", folder, "--output", "jsonl");

        Assert.Equal(ExitCodes.Success, table.Code);
        var rows = ReadTable(table.Out, separator);
        var expected = new List<Dictionary<string, string>>();
        foreach (var line in lines.OutLines)
        {
            var doc = JsonDocument.Parse(line).RootElement;
            var common = new Dictionary<string, string>
            {
                ["source"] = Str(doc, "source"),
                ["format"] = Str(doc.GetProperty("format"), "id"),
                ["date"] = Str(doc, "date"),
                ["institution"] = Str(doc, "institution"),
                ["spokesperson"] = string.Join("; ", doc.GetProperty("spokespersons").EnumerateArray().Select(s => Str(s, "name"))),
            };
            Dictionary<string, string> Row(string kind, int index)
            {
                var row = BriefingTable.Columns.ToDictionary(c => c, _ => "");
                foreach (var (k, v) in common) row[k] = v;
                row["kind"] = kind;
                row["index"] = index.ToString(CultureInfo.InvariantCulture);
                return row;
            }
            int i = 0;
            foreach (var a in doc.GetProperty("announcements").EnumerateArray())
            {
                var row = Row("announcement", ++i);
                row["answererLabel"] = Str(a, "label");
                row["speaker"] = Name(a, "speaker");
                row["answer"] = Str(a, "text");
                row["answerStart"] = Num(a.GetProperty("span"), "start");
                row["answerLength"] = Num(a.GetProperty("span"), "length");
                expected.Add(row);
            }
            i = 0;
            foreach (var x in doc.GetProperty("exchanges").EnumerateArray())
            {
                var row = Row("exchange", ++i);
                var q = x.GetProperty("question");
                if (q.ValueKind == JsonValueKind.Object)
                {
                    row["followUp"] = q.GetProperty("isFollowUp").GetBoolean() ? "true" : "false";
                    row["askerLabel"] = Str(q, "label");
                    row["outlet"] = Name(q, "outlet");
                    row["question"] = Str(q, "text");
                    row["questionStart"] = Num(q.GetProperty("span"), "start");
                    row["questionLength"] = Num(q.GetProperty("span"), "length");
                }
                var answers = x.GetProperty("answers").EnumerateArray().ToList();
                row["answererLabel"] = string.Join("; ", answers.Select(a => Str(a, "label")).Where(s => s != "").Distinct());
                row["speaker"] = string.Join("; ", answers.Select(a => Name(a, "speaker")).Where(s => s != "").Distinct());
                row["answer"] = string.Join("\n\n", answers.Select(a => Str(a, "text")));
                if (answers.Count > 0)
                {
                    int start = answers[0].GetProperty("span").GetProperty("start").GetInt32();
                    var last = answers[^1].GetProperty("span");
                    row["answerStart"] = start.ToString(CultureInfo.InvariantCulture);
                    row["answerLength"] = (last.GetProperty("start").GetInt32() + last.GetProperty("length").GetInt32() - start).ToString(CultureInfo.InvariantCulture);
                }
                row["answerCount"] = answers.Count.ToString(CultureInfo.InvariantCulture);
                expected.Add(row);
            }
            i = 0;
            foreach (var s in doc.GetProperty("statements").EnumerateArray())
            {
                var row = Row("statement", ++i);
                row["outlet"] = Name(s, "via");
                row["speaker"] = Name(s, "speaker");
                row["answer"] = Str(s, "text");
                row["answerStart"] = Num(s.GetProperty("span"), "start");
                row["answerLength"] = Num(s.GetProperty("span"), "length");
                row["mode"] = Str(s, "mode");
                expected.Add(row);
            }
        }

        Assert.True(expected.Count > 20, "the inputs should give many rows");
        Assert.Contains(expected, r => r["kind"] == "announcement");
        Assert.Contains(expected, r => r["kind"] == "statement");
        Assert.Contains(expected, r => r["answer"].Contains('\n', StringComparison.Ordinal) || r["answer"].Contains('"', StringComparison.Ordinal));
        Assert.Equal(expected.Count, rows.Count);
        for (int r = 0; r < rows.Count; r++)
            foreach (var column in BriefingTable.Columns)
                Assert.True(expected[r][column] == rows[r][column],
                    $"row {r + 1} ({expected[r]["kind"]} {expected[r]["index"]} of {expected[r]["source"]}), column {column}: expected «{expected[r][column]}», got «{rows[r][column]}»");
    }

    [Fact]
    public void An_exchange_with_several_answers_is_one_row_with_joined_answers()
    {
        var speaker = new Speaker("Lin Jian");
        var briefing = new PressBriefing
        {
            Source = "made-up.txt",
            Exchanges =
            [
                new Exchange(new Question("AFP", new Outlet("AFP"), "One, \"two\"?", new TextSpan(5, 12)) { IsFollowUp = true },
                    [new Answer("Lin Jian", speaker, "First.", new TextSpan(30, 6)), new Answer("Mao Ning", new Speaker("Mao Ning"), "Second\nline.", new TextSpan(50, 12))],
                    new TextSpan(0, 62)),
            ],
        };
        using var stream = new MemoryStream();
        var table = new BriefingTable(stream, ',');

        table.Write(briefing);
        table.Complete();

        var row = Assert.Single(ReadTable(System.Text.Encoding.UTF8.GetString(stream.ToArray()), ','));
        Assert.Equal("exchange", row["kind"]);
        Assert.Equal("true", row["followUp"]);
        Assert.Equal("One, \"two\"?", row["question"]);
        Assert.Equal("Lin Jian; Mao Ning", row["answererLabel"]);
        Assert.Equal("Lin Jian; Mao Ning", row["speaker"]);
        Assert.Equal("First.\n\nSecond\nline.", row["answer"]);
        Assert.Equal(("30", "32", "2"), (row["answerStart"], row["answerLength"], row["answerCount"]));
        Assert.Equal(("5", "12"), (row["questionStart"], row["questionLength"]));
    }

    [Fact]
    public async Task The_seeds_give_one_row_per_exchange()
    {
        var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--output", "csv");

        Assert.Equal(ExitCodes.Success, result.Code);
        var rows = ReadTable(result.Out, ',');
        var exchanges = rows.Where(r => r["kind"] == "exchange").ToList();
        Assert.Equal(7, exchanges.Count);
        Assert.All(exchanges, r => Assert.EndsWith("004_e628fec4aaf0b8d1.txt", r["source"], StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => i.ToString(CultureInfo.InvariantCulture)), exchanges.Select(r => r["index"]));
        Assert.Contains(rows, r => r["kind"] == "statement" && r["source"].EndsWith("000_298d1492106903bf.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fields_with_separators_quotes_and_line_breaks_are_quoted_as_rfc_4180_says()
    {
        var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--output", "csv");

        // A field with a comma, a quote or a line break is enclosed in quotes and its quotes doubled; others are not.
        Assert.StartsWith("kind,source,format,date,", result.Out, StringComparison.Ordinal);
        Assert.Contains(",\"China firmly opposes U.S. restrictions on artificial intelligence (AI) exports and will take resolute actions", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"exchange\"", result.Out, StringComparison.Ordinal);
        Assert.False(result.OutBytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "no byte order mark");
    }

    [Fact]
    public async Task A_document_without_rows_leaves_the_header_and_fails()
    {
        string recipe = Path.Combine(_temp, "recipe.txt");
        await File.WriteAllTextAsync(recipe, "Pancakes\n\nMix flour, eggs and milk. Fry in butter until golden.\n");

        var result = await Tool.Run("parse", recipe, "--output", "csv");

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Equal(string.Join(',', BriefingTable.Columns), result.Out.TrimEnd('\n', '\r'));
    }

    [Fact]
    public async Task Out_folder_gets_one_table()
    {
        string outDir = Path.Combine(_temp, "out");

        var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--output", "tsv", "--out", outDir);

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Equal(["briefings.tsv"], Directory.GetFiles(outDir).Select(f => Path.GetFileName(f)!));
        Assert.Equal(7, ReadTable(await File.ReadAllTextAsync(Path.Combine(outDir, "briefings.tsv")), '\t').Count(r => r["kind"] == "exchange"));
    }
}
