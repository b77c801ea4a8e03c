namespace Briefing.Parsing.Cli;

/// <summary>A parsed command line.</summary>
internal sealed record CommandLine(string Command, IReadOnlyList<string> Inputs)
{
    public string? Format { get; init; }
    /// <summary>"json", "jsonl", or <see langword="null"/> for the command's default (JSON for parse, a table for detect).</summary>
    public string? Output { get; init; }
    public string? OutDirectory { get; init; }
    public string Pattern { get; init; } = "*.txt";
    public bool NoProgress { get; init; }
    public bool Quiet { get; init; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> with a message for the user.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) throw new UsageException("no command given.");
        string command = args[0];
        if (command is not ("parse" or "detect" or "formats"))
            throw new UsageException($"unknown command '{command}'.");
        var inputs = new List<string>();
        var result = new CommandLine(command, inputs);
        bool optionsEnded = false;
        for (int i = 1; i < args.Count; i++)
        {
            string a = args[i];
            if (optionsEnded || a == "-" || !a.StartsWith('-'))
            {
                inputs.Add(a);
                continue;
            }
            string name = a, value = "";
            bool inlineValue = false;
            int eq = a.IndexOf('=', StringComparison.Ordinal);
            if (a.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                name = a[..eq];
                value = a[(eq + 1)..];
                inlineValue = true;
            }
            string Value()
            {
                if (inlineValue) return value;
                if (i + 1 >= args.Count || (args[i + 1].StartsWith('-') && args[i + 1] != "-"))
                    throw new UsageException($"option '{name}' needs a value.");
                return args[++i];
            }
            switch (name)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "--format" or "-f" when command != "formats":
                    result = result with { Format = Value() };
                    break;
                case "--output" or "-o" when command != "formats":
                    string output = Value();
                    if (output is not ("json" or "jsonl"))
                        throw new UsageException($"--output must be 'json' or 'jsonl', not '{output}'.");
                    result = result with { Output = output };
                    break;
                case "--out" when command == "parse":
                    result = result with { OutDirectory = Value() };
                    break;
                case "--pattern" when command != "formats":
                    result = result with { Pattern = Value() };
                    break;
                case "--no-progress":
                    result = result with { NoProgress = true };
                    break;
                case "--quiet" or "-q":
                    result = result with { Quiet = true };
                    break;
                default:
                    throw new UsageException($"unknown option '{name}' for '{command}'.");
            }
        }
        if (command != "formats" && inputs.Count == 0)
            throw new UsageException($"'{command}' needs at least one file, folder or '-' for standard input.");
        if (command == "formats" && inputs.Count > 0)
            throw new UsageException("'formats' takes no arguments.");
        return result with { Inputs = inputs };
    }
}

/// <summary>A command-line mistake; the message is shown to the user with the usage.</summary>
internal sealed class UsageException(string message) : Exception(message);
