using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Briefing.Parsing.Benchmarks;

/// <summary>The custom columns read the input's size from the benchmark's <c>Input</c> parameter (see <see cref="Inputs"/>).</summary>
public abstract class InputColumn : IColumn
{
    /// <summary>The name of the parameter every benchmark class uses for its input.</summary>
    public const string InputParameter = "Input";

    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract string ColumnName { get; }

    /// <inheritdoc />
    public abstract string Legend { get; }

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public virtual ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public abstract int PriorityInCategory { get; }

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public virtual UnitType UnitType => UnitType.Dimensionless;

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
        if (benchmarkCase.Parameters[InputParameter] is not string input) return "?";
        return Value(summary, benchmarkCase, Inputs.Utf8Bytes(input));
    }

    /// <summary>The cell's text, given the input's size in UTF-8 bytes.</summary>
    protected abstract string Value(Summary summary, BenchmarkCase benchmarkCase, long inputBytes);

    /// <inheritdoc />
    public override string ToString() => ColumnName;
}

/// <summary>The input's size: UTF-8 bytes (what the files weigh on disk) and the number of documents.</summary>
public sealed class InputSizeColumn : InputColumn
{
    /// <inheritdoc />
    public override string Id => "Briefing.InputSize";

    /// <inheritdoc />
    public override string ColumnName => "Input bytes";

    /// <inheritdoc />
    public override string Legend => "Size of the input in UTF-8 bytes (all its documents), and how many documents it holds";

    /// <inheritdoc />
    public override ColumnCategory Category => ColumnCategory.Params;

    /// <inheritdoc />
    public override int PriorityInCategory => 1;

    /// <inheritdoc />
    protected override string Value(Summary summary, BenchmarkCase benchmarkCase, long inputBytes)
    {
        int documents = Inputs.Texts((string)benchmarkCase.Parameters[InputParameter]).Count;
        return $"{inputBytes.ToString("N0", CultureInfo.InvariantCulture)} ({documents.ToString("N0", CultureInfo.InvariantCulture)} docs)";
    }
}

/// <summary>Input throughput: the input's UTF-8 bytes divided by the mean time of one operation, in MB/s (1 MB = 10^6 bytes).</summary>
public sealed class ThroughputColumn : InputColumn
{
    /// <inheritdoc />
    public override string Id => "Briefing.Throughput.MBps";

    /// <inheritdoc />
    public override string ColumnName => "MB/s";

    /// <inheritdoc />
    public override string Legend => "Input throughput: the input's UTF-8 byte count divided by Mean, in MB/s (1 MB = 1,000,000 bytes)";

    /// <inheritdoc />
    public override int PriorityInCategory => 0;

    /// <inheritdoc />
    protected override string Value(Summary summary, BenchmarkCase benchmarkCase, long inputBytes)
    {
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0) return "NA";
        double megabytesPerSecond = inputBytes / (meanNs.Value / 1e9) / 1e6;
        return megabytesPerSecond.ToString(megabytesPerSecond >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);
    }
}

/// <summary>Managed bytes allocated per input byte: MemoryDiagnoser's allocated bytes per operation divided by the input's UTF-8 bytes.</summary>
public sealed class AllocatedPerInputByteColumn : InputColumn
{
    /// <inheritdoc />
    public override string Id => "Briefing.AllocatedPerInputByte";

    /// <inheritdoc />
    public override string ColumnName => "Alloc/in-byte";

    /// <inheritdoc />
    public override string Legend => "Managed bytes allocated per operation (MemoryDiagnoser) divided by the input's UTF-8 bytes";

    /// <inheritdoc />
    public override int PriorityInCategory => 1;

    /// <inheritdoc />
    protected override string Value(Summary summary, BenchmarkCase benchmarkCase, long inputBytes)
    {
        var report = summary[benchmarkCase];
        if (report is null || inputBytes == 0) return "NA";
        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (allocated is null) return "NA";
        return (allocated.Value / (double)inputBytes).ToString("N2", CultureInfo.InvariantCulture);
    }
}
