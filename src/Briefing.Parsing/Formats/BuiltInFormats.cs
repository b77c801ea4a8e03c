using System.Collections.Immutable;
using Briefing.Parsing.Formats.Generic;
using Briefing.Parsing.Formats.IndiaMea;
using Briefing.Parsing.Formats.JapanMofa;
using Briefing.Parsing.Formats.MfaTranscript;
using Briefing.Parsing.Formats.NewsReport;
using Briefing.Parsing.Formats.PakistanMofa;
using Briefing.Parsing.Formats.RussiaMfa;
using Briefing.Parsing.Formats.StateDepartment;
using Briefing.Parsing.Formats.UnNoon;
using Briefing.Parsing.Formats.WhiteHouse;
using Briefing.Parsing.Formats.EuropeanCommission;
using Briefing.Parsing.Formats.Nato;
using Briefing.Parsing.Formats.GermanGovernment;
using Briefing.Parsing.Formats.Kremlin;
using Briefing.Parsing.Formats.IranMfa;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats;

/// <summary>The formats a new <see cref="BriefingParserBuilder"/> starts with: the composition root, the one place that names every format.</summary>
public static class BuiltInFormats
{
    /// <summary>The transcript definitions that ship with the library, in registration order.</summary>
    public static ImmutableArray<TranscriptDefinition> Transcripts { get; } =
    [
        MfaTranscriptFormat.English, MfaTranscriptFormat.Chinese, MfaTranscriptFormat.Bilingual,
        StateDepartmentFormat.Definition, UnNoonBriefingFormat.Definition, JapanMofaFormat.Definition, IndiaMeaFormat.Definition,
        RussiaMfaFormat.Definition, PakistanMofaFormat.Definition, WhiteHouseFormat.Definition, EuropeanCommissionFormat.Definition,
        NatoFormat.Definition, GermanGovernmentFormat.Definition, KremlinFormat.Definition, IranMfaFormat.Definition, GenericTranscriptFormat.Definition,
    ];

    /// <summary>A new instance of every built-in format, in registration order.</summary>
    public static ImmutableArray<BriefingFormat> Create() => [.. Transcripts.Take(3).Select(d => new TranscriptFormat(d)), new NewsReportFormat(), .. Transcripts.Skip(3).Select(d => new TranscriptFormat(d))];
}
