using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// Input throughput: the document's size in UTF-8 bytes divided by the mean time of one operation, in MB/s
/// (1 MB = 1,000,000 bytes). The size comes from the benchmark's <c>Document</c> parameter via <see cref="Documents"/>.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private const string DocumentParameter = nameof(ParseBenchmarks.Document);

    /// <inheritdoc />
    public string Id => "Briefing.Throughput.MBps";

    /// <inheritdoc />
    public string ColumnName => "MB/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Input throughput: the document's UTF-8 byte count divided by Mean, in MB/s (1 MB = 1,000,000 bytes)";

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Parameters[DocumentParameter] is not string document) return "?";
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0) return "NA";
        double bytesPerSecond = Documents.Utf8Bytes(document) / (meanNs.Value / 1e9);
        return (bytesPerSecond / 1e6).ToString(bytesPerSecond >= 1e8 ? "N0" : "N1", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string ToString() => ColumnName;
}

/// <summary>The document's size in UTF-8 bytes, so that allocations can be read per input byte.</summary>
public sealed class InputSizeColumn : IColumn
{
    /// <inheritdoc />
    public string Id => "Briefing.InputSize";

    /// <inheritdoc />
    public string ColumnName => "Input";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Params;

    /// <inheritdoc />
    public int PriorityInCategory => 1;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Size;

    /// <inheritdoc />
    public string Legend => "Size of the input document in UTF-8 bytes";

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return benchmarkCase.Parameters[nameof(ParseBenchmarks.Document)] is string document
            ? Documents.Utf8Bytes(document).ToString("N0", CultureInfo.InvariantCulture) + " B"
            : "?";
    }

    /// <inheritdoc />
    public override string ToString() => ColumnName;
}
