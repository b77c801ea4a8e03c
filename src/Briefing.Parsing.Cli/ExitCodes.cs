namespace Briefing.Parsing.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was read and parsed.</summary>
    public const int Success = 0;

    /// <summary>Some documents could not be read or parsed (each is reported on stderr); the others were written.</summary>
    public const int SomeFailed = 1;

    /// <summary>Bad command line, no input selected, or the output could not be written.</summary>
    public const int UsageOrIoError = 2;
}
