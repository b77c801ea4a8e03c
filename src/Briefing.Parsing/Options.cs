namespace Briefing.Parsing;

/// <summary>Options of one parse.</summary>
public sealed record ParseOptions
{
    /// <summary>The default options.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The id of the format to use. An explicit format wins over detection; <see langword="null"/> means detect.
    /// An id that no registered format has is a caller error (<see cref="ArgumentException"/>).
    /// </summary>
    public string? Format { get; init; }

    /// <summary>The input's path or name, copied to <see cref="PressBriefing.Source"/>.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// Spans of the text that its source marks as turn labels, such as the bold text at the start of a paragraph of an
    /// HTML page (<c>&lt;strong&gt;CCTV:&lt;/strong&gt;</c>). The label reader takes a hinted span as a label even when no
    /// directory knows it and its punctuation is lost. Empty by default.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<TextSpan> LabelHints { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>Options of a <see cref="BriefingParser"/>, fixed when it is built.</summary>
public sealed record BriefingParserOptions
{
    /// <summary>The default options.</summary>
    public static BriefingParserOptions Default { get; } = new();

    /// <summary>Detection scores at or below this value do not match (default 0.3): the result then says "no format matched".</summary>
    public double DetectionThreshold
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1);
            field = value;
        }
    } = 0.3;

    /// <summary>How many UTF-16 code units at the start of the text detectors look at (default 16,384).</summary>
    public int DetectionWindow
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 256);
            field = value;
        }
    } = 16_384;

    /// <summary>The largest input accepted, in UTF-16 code units (default 16 Mi); longer input is a caller error.</summary>
    public int MaxInputLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    } = 16 * 1024 * 1024;
}
