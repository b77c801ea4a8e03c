namespace Briefing.Parsing.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was read and parsed.</summary>
    public const int Success = 0;

    /// <summary>Some documents could not be read or parsed (each is reported on stderr); the others were written.</summary>
    public const int SomeFailed = 1;

    /// <summary>Bad command line, or the output could not be written.</summary>
    public const int UsageOrIoError = 2;
}

/// <summary>What the tool needs to know about the console it runs in (replaceable in tests).</summary>
internal class ConsoleInfo
{
    /// <summary>Whether stderr is an interactive terminal (progress is shown only then).</summary>
    public virtual bool IsErrorTerminal => !Console.IsErrorRedirected;
}
