using System.Globalization;
using nietras.SeparatedValues;

namespace Briefing.Parsing.Cli;

/// <summary>
/// <c>--output csv|tsv</c>: one row per exchange, announcement and statement (column <c>kind</c>), written with Sep:
/// RFC 4180 quoting (a field holding the separator, a quote or a line break is quoted, quotes doubled), UTF-8 without
/// byte order mark, a header row. An exchange with several answers is still one row: its answers' texts are joined by
/// a blank line, their distinct labels and speakers by "; ", and the answer span runs from the first answer's start
/// to the last one's end. docs/csv.md lists the columns.
/// </summary>
internal sealed class BriefingTable
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "kind", "source", "format", "date", "institution", "spokesperson", "index", "followUp", "askerLabel", "outlet",
        "question", "answererLabel", "speaker", "answer", "questionStart", "questionLength", "answerStart", "answerLength",
        "answerCount", "mode",
    ];

    /// <summary>The separator between an exchange's answers (and between paragraphs of one text).</summary>
    public const string AnswerSeparator = "\n\n";

    /// <summary>The separator between distinct answer labels, speakers and spokespersons.</summary>
    public const string ListSeparator = "; ";

    private readonly SepWriter _writer;
    private bool _rows;

    public BriefingTable(Stream output, char separator)
    {
        _writer = Sep.New(separator).Writer(o => o with { Escape = true, WriteHeader = true, CultureInfo = CultureInfo.InvariantCulture })
            .To(output, leaveOpen: true);
        _writer.Header.Add([.. Columns]);
    }

    /// <summary>Writes the rows of one document (none when it has no exchange, announcement or statement).</summary>
    public void Write(PressBriefing briefing)
    {
        string format = briefing.Format?.Id ?? "";
        string date = briefing.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        string spokespersons = string.Join(ListSeparator, briefing.Spokespersons.Select(s => s.Name));
        int index = 0;
        foreach (var announcement in briefing.Announcements)
        {
            using var row = NewRow(briefing, "announcement", format, date, spokespersons, ++index);
            row["answererLabel"].Set(announcement.Label);
            row["speaker"].Set(announcement.Speaker?.Name);
            row["answer"].Set(announcement.Text);
            row["answerStart"].Format(announcement.Span.Start);
            row["answerLength"].Format(announcement.Span.Length);
            row["answerCount"].Set("");
        }
        index = 0;
        foreach (var exchange in briefing.Exchanges)
        {
            using var row = NewRow(briefing, "exchange", format, date, spokespersons, ++index);
            if (exchange.Question is { } q)
            {
                row["followUp"].Set(q.IsFollowUp ? "true" : "false");
                row["askerLabel"].Set(q.Label);
                row["outlet"].Set(q.Outlet?.Name);
                row["question"].Set(q.Text);
                row["questionStart"].Format(q.Span.Start);
                row["questionLength"].Format(q.Span.Length);
            }
            var answers = exchange.Answers;
            row["answererLabel"].Set(Distinct(answers.Select(a => a.Label)));
            row["speaker"].Set(Distinct(answers.Select(a => a.Speaker?.Name)));
            row["answer"].Set(string.Join(AnswerSeparator, answers.Select(a => a.Text)));
            if (answers.Length > 0)
            {
                row["answerStart"].Format(answers[0].Span.Start);
                row["answerLength"].Format(answers[^1].Span.End - answers[0].Span.Start);
            }
            row["answerCount"].Format(answers.Length);
        }
        index = 0;
        foreach (var statement in briefing.Statements)
        {
            using var row = NewRow(briefing, "statement", format, date, spokespersons, ++index);
            row["outlet"].Set(statement.Via?.Name);
            row["speaker"].Set(statement.Speaker?.Name);
            row["answer"].Set(statement.Text);
            row["answerStart"].Format(statement.Span.Start);
            row["answerLength"].Format(statement.Span.Length);
            row["mode"].Set(statement.Mode == StatementMode.Quoted ? "quoted" : "reported");
        }
    }

    private SepWriter.Row NewRow(PressBriefing briefing, string kind, string format, string date, string spokespersons, int index)
    {
        _rows = true;
        var row = _writer.NewRow();
        // Every column is set on every row (Sep requires it); the kind-specific ones are overwritten by the caller.
        foreach (var column in Columns) row[column].Set("");
        row["kind"].Set(kind);
        row["source"].Set(briefing.Source);
        row["format"].Set(format);
        row["date"].Set(date);
        row["institution"].Set(briefing.Institution);
        row["spokesperson"].Set(spokespersons);
        row["index"].Format(index);
        return row;
    }

    private static string Distinct(IEnumerable<string?> values) =>
        string.Join(ListSeparator, values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal));

    /// <summary>Writes the header if no row did, and flushes.</summary>
    public void Complete()
    {
        if (!_rows)
        {
            _writer.Header.Write();
            _rows = true;
        }
        _writer.Flush();
        _writer.Dispose();
    }

    /// <summary>After an output error: releases the writer without writing more. Never throws.</summary>
    public void Abandon()
    {
        try
        {
            _writer.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException or InvalidOperationException)
        {
            // Its buffered rows go nowhere: the output already failed.
        }
    }
}
