using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Cli;

/// <summary>The <c>briefing</c> command line (System.CommandLine): <c>parse</c>, <c>detect</c>, <c>formats</c>, <c>completion</c>.</summary>
internal static class BriefingCommand
{
    /// <summary>The document the help points to for the JSON the tool writes.</summary>
    public const string JsonContractDoc = "docs/json-contract.md";

    /// <summary>The document the help points to for the CSV/TSV columns.</summary>
    public const string CsvDoc = "docs/csv.md";

    private const string ExitCodesHelp = """
        Exit codes:
          0  all documents parsed
          1  some documents could not be read or parsed (each is reported on stderr, the others are written)
          2  usage error, no input selected, or the output could not be written
        """;

    private const string DocsHelp =
        $"Documentation (in the source repository): {JsonContractDoc} (the JSON), {CsvDoc} (the CSV/TSV columns), docs/diagnostics.md (the diagnostic codes).";

    /// <summary>The default help, followed by the exit codes and where the output is documented.</summary>
    private sealed class HelpWithNotes(HelpAction inner) : SynchronousCommandLineAction
    {
        /// <summary>Like the help it wraps: "parse --help" without inputs is help, not a usage error.</summary>
        public override bool ClearsParseErrors => inner.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            int code = inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            if (command.Name is "formats" or "completion") return code;
            output.WriteLine(ExitCodesHelp.Replace("\r\n", "\n", StringComparison.Ordinal));
            output.WriteLine();
            if (command.Name != "render") output.WriteLine(DocsHelp);
            return code;
        }
    }

    /// <summary>Runs the tool; returns the exit code. Never throws for bad input or a failing output.</summary>
    public static async Task<int> RunAsync(string[] args, ToolConsole console, CancellationToken cancellationToken = default)
    {
        var root = Build(console, args);
        ParseResult result = root.Parse(args);
        // A usage error prints the errors and "did you mean" suggestions, then one line pointing to the help.
        if (result.Action is ParseErrorAction parseError) parseError.ShowHelp = false;
        var help = new StreamWriter(console.Out, new UTF8Encoding(false), 4096, leaveOpen: true);
        var invocation = new InvocationConfiguration
        {
            // After a usage error, everything (the errors, "did you mean" suggestions) goes to stderr.
            Output = result.Errors.Count > 0 ? console.Error : help,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            int code = await result.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            if (result.Errors.Count > 0)
            {
                console.Error.WriteLine($"Run '{HelpCommandFor(result)} --help' for usage.");
                return ExitCodes.UsageOrIoError;
            }
            await help.FlushAsync(cancellationToken).ConfigureAwait(false);
            return code;
        }
        catch (OutputException e)
        {
            console.Error.WriteLine($"briefing: cannot write output: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
        catch (IOException e)
        {
            // Help or version text that could not be written (standard output on a full disk).
            console.Error.WriteLine($"briefing: cannot write output: standard output: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("briefing: cancelled.");
            return 130;
        }
    }

    private static string HelpCommandFor(ParseResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result.CommandResult; r is CommandResult c; r = c.Parent)
            names.Add(c.Command is RootCommand ? "briefing" : c.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The command tree. Actions capture <paramref name="console"/>.</summary>
    internal static RootCommand Build(ToolConsole console, IReadOnlyList<string> args)
    {
        var root = new RootCommand(
            "Parse diplomatic press-briefing texts (official transcripts, reposts, machine translations, news reports) "
            + "into JSON, JSON Lines, CSV or TSV, render them as HTML pages, and show how their formats are detected.");
        foreach (var option in root.Options)
            if (option is HelpOption { Action: HelpAction help } helpOption) helpOption.Action = new HelpWithNotes(help);
        root.Subcommands.Add(ParseCommand(console, args));
        root.Subcommands.Add(DetectCommand(console, args));
        root.Subcommands.Add(RenderCommand(console));
        root.Subcommands.Add(FormatsCommand(console));
        root.Subcommands.Add(CompletionCommand(console));
        return root;
    }

    private static Argument<string[]> InputsArgument(IReadOnlyList<string> args)
    {
        var argument = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (read recursively, in ordinal order of relative paths) or '-' for standard input; "
                + "after '--' every word is an input, even one that starts with '-'.",
            Arity = ArgumentArity.OneOrMore,
        };
        argument.Validators.Add(r =>
        {
            // System.CommandLine takes an unknown "--optoin" as an input; before "--" it is a mistyped option.
            int endOfOptions = Array.IndexOf([.. args], "--");
            foreach (var token in r.Tokens)
            {
                string value = token.Value;
                if (value.Length < 2 || value[0] != '-') continue;
                int at = Array.IndexOf([.. args], value);
                if (endOfOptions >= 0 && at > endOfOptions) continue;
                var command = ((CommandResult)r.Parent!).Command;
                string? suggestion = Suggest(value, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
                r.AddError(suggestion is null
                    ? $"Unknown option '{value}' for '{command.Name}'. To read a file whose name starts with '-', put it after '--'."
                    : $"Unknown option '{value}' for '{command.Name}'. Did you mean '{suggestion}'?");
            }
        });
        return argument;
    }

    /// <summary>The known name closest to <paramref name="typed"/> (edit distance at most a third of its length), or <see langword="null"/>.</summary>
    internal static string? Suggest(string typed, IEnumerable<string> known)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var name in known.Distinct(StringComparer.Ordinal))
        {
            int d = EditDistance(typed, name);
            if (d < bestDistance) (best, bestDistance) = (name, d);
        }
        return best is not null && bestDistance <= Math.Max(1, typed.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static Option<string[]> PatternOption()
    {
        var option = new Option<string[]>("--pattern")
        {
            Description = "Files to read from folders, relative to each folder (default *.txt, *.html and *.htm); may be given several times. "
                + "A pattern without '/' matches file names at any depth; '**' matches any number of folders. "
                + "Absolute patterns and '..' are refused.",
            HelpName = "GLOB",
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(r =>
        {
            foreach (var p in r.GetValueOrDefault<string[]>() ?? [])
                if (Glob.Validate(p) is { } error) r.AddError(error);
        });
        return option;
    }

    private static Option<int?> MaxCharsOption()
    {
        var option = new Option<int?>("--max-chars")
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"The largest document accepted, in UTF-16 code units (default {BriefingParserOptions.Default.MaxInputLength:N0}, 16 Mi). A larger file or standard input is reported and skipped; reading stops at the limit."),
            HelpName = "N",
        };
        option.Validators.Add(r =>
        {
            // A value that is not a number is reported by the parser itself.
            if (r.Tokens is [{ } token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value <= 0)
                r.AddError("--max-chars must be a positive number.");
        });
        return option;
    }

    private static Option<string?> FormatOption()
    {
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Use this format instead of detecting one (see 'briefing formats').",
            HelpName = "ID",
        };
        format.CompletionSources.Add(_ => BriefingParser.Default.Formats.Select(f => f.Id));
        format.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } id && BriefingParser.Default.FindFormat(id) is null)
                r.AddError($"Unknown format '{id}'. Known formats: {string.Join(", ", BriefingParser.Default.Formats.Select(f => f.Id))}.");
        });
        return format;
    }

    private static Option<string> InputFormatOption()
    {
        var option = new Option<string>("--input-format")
        {
            Description = "auto: .html and .htm files are HTML pages, everything else (and standard input) is text (default); "
                + "html or text: read every input so. The text of an HTML page is extracted, its bold labels become label hints, "
                + "and the result carries the extracted text as sourceText (the text its spans refer to).",
            HelpName = "auto|html|text",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "html", "text");
        return option;
    }

    private static Option<bool> NoProgressOption() => new("--no-progress")
    {
        Description = "Never show progress (it is shown on stderr only when stderr is a terminal).",
    };

    private static Option<bool> QuietOption() => new("--quiet", "-q")
    {
        Description = "Do not print the closing summary on stderr.",
    };

    private static Command ParseCommand(ToolConsole console, IReadOnlyList<string> args)
    {
        var inputs = InputsArgument(args);
        var format = FormatOption();
        var output = new Option<string>("--output", "-o")
        {
            Description = "json: one object for one file, an array for several (default); jsonl: one document per line, in input order; "
                + $"csv or tsv: one row per exchange, announcement and statement ({CsvDoc}).",
            HelpName = "json|jsonl|csv|tsv",
            DefaultValueFactory = _ => "json",
        };
        output.AcceptOnlyFromAmong("json", "jsonl", "csv", "tsv");
        var outDirectory = new Option<string?>("--out")
        {
            Description = "Write files into DIR instead of standard output: one <name>.json per document, or DIR/briefings.jsonl, "
                + ".csv or .tsv. Each file is written under a temporary name and renamed when complete.",
            HelpName = "DIR",
        };
        var emitText = new Option<string?>("--emit-text")
        {
            Description = "Write the text extracted from each HTML input to DIR/<name>.txt (atomically) instead of into the JSON's sourceText.",
            HelpName = "DIR",
        };
        var inputFormat = InputFormatOption();
        var pattern = PatternOption();
        var maxChars = MaxCharsOption();
        var noProgress = NoProgressOption();
        var quiet = QuietOption();

        var command = new Command("parse",
            $"Parse press-briefing texts (text files and HTML pages) to JSON ({JsonContractDoc}), JSON Lines, CSV or TSV. "
            + "A document no format matches is still written (with diagnostic BP0001) and counted as failed.")
        {
            inputs, format, output, outDirectory, inputFormat, emitText, pattern, maxChars, noProgress, quiet,
        };
        command.SetAction((result, token) =>
        {
            var settings = new BatchSettings(result.GetValue(inputs)!)
            {
                Format = result.GetValue(format),
                Output = result.GetValue(output) switch
                {
                    "jsonl" => OutputKind.JsonLines,
                    "csv" => OutputKind.Csv,
                    "tsv" => OutputKind.Tsv,
                    _ => OutputKind.Json,
                },
                OutDirectory = result.GetValue(outDirectory),
                EmitTextDirectory = result.GetValue(emitText),
                InputFormat = result.GetValue(inputFormat) ?? "auto",
                Patterns = Patterns(result.GetValue(pattern)),
                MaxChars = result.GetValue(maxChars),
                NoProgress = result.GetValue(noProgress),
                Quiet = result.GetValue(quiet),
            };
            return ParseRun.RunAsync(settings, console, token);
        });
        return command;
    }

    private static Command DetectCommand(ToolConsole console, IReadOnlyList<string> args)
    {
        var inputs = InputsArgument(args);
        var output = new Option<string>("--output", "-o")
        {
            Description = "table: every format's score and reason, and the winner (default); json: an array of "
                + "{source, winner, results [{formatId, confidence, reason}]}; jsonl: one such object per line.",
            HelpName = "table|json|jsonl",
            DefaultValueFactory = _ => "table",
        };
        output.AcceptOnlyFromAmong("table", "json", "jsonl");
        var inputFormat = InputFormatOption();
        var pattern = PatternOption();
        var maxChars = MaxCharsOption();
        var noProgress = NoProgressOption();
        var quiet = QuietOption();
        var command = new Command("detect", "Show every format's detection score and reason for each text, and which format wins.")
        {
            inputs, output, inputFormat, pattern, maxChars, noProgress, quiet,
        };
        command.SetAction((result, token) =>
        {
            var settings = new BatchSettings(result.GetValue(inputs)!)
            {
                DetectOutput = result.GetValue(output) ?? "table",
                InputFormat = result.GetValue(inputFormat) ?? "auto",
                Patterns = Patterns(result.GetValue(pattern)),
                MaxChars = result.GetValue(maxChars),
                NoProgress = result.GetValue(noProgress),
                Quiet = result.GetValue(quiet),
            };
            return DetectRun.RunAsync(settings, console, token);
        });
        return command;
    }

    private static Command RenderCommand(ToolConsole console)
    {
        var input = new Argument<string>("input") { Description = "A text or HTML file, or '-' for standard input." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the page to FILE (under a temporary name, renamed when complete); standard output when omitted or '-'.",
            HelpName = "FILE",
        };
        var format = FormatOption();
        var inputFormat = InputFormatOption();
        var maxChars = MaxCharsOption();
        var command = new Command("render",
            "Parse one document and write one self-contained HTML page that shows its text with every element of the parse "
            + "highlighted (announcements, questions, answers, statements, boilerplate, diagnostics).")
        {
            input, output, format, inputFormat, maxChars,
        };
        command.SetAction((result, token) => RenderRun.RunAsync(
            new BatchSettings([result.GetValue(input)!])
            {
                Format = result.GetValue(format),
                InputFormat = result.GetValue(inputFormat) ?? "auto",
                MaxChars = result.GetValue(maxChars),
                NoProgress = true,
                Quiet = true,
            },
            result.GetValue(output),
            console,
            token));
        return command;
    }

    private static Command FormatsCommand(ToolConsole console)
    {
        var command = new Command("formats", "List the registered formats (id, priority, description) and the detection threshold.");
        command.SetAction(_ =>
        {
            var parser = BriefingParser.Default;
            var text = new StringBuilder();
            int width = Math.Max(6, parser.Formats.Max(f => (int?)f.Id.Length) ?? 0);
            text.Append(CultureInfo.InvariantCulture, $"{"id".PadRight(width)}  priority  description\n");
            foreach (var f in parser.Formats)
                text.Append(CultureInfo.InvariantCulture, $"{f.Id.PadRight(width)}  {f.Priority,8}  {f.Description}\n");
            text.Append(CultureInfo.InvariantCulture, $"detection threshold: {parser.Options.DetectionThreshold:0.00}\n");
            return WriteText(console, text.ToString());
        });
        return command;
    }

    private static Command CompletionCommand(ToolConsole console)
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash or zsh.", DefaultValueFactory = _ => "bash" };
        shell.AcceptOnlyFromAmong("bash", "zsh");
        var command = new Command("completion",
            "Print a shell script that completes briefing's commands, options, format ids and files; "
            + "load it with: source <(briefing completion bash)")
        {
            shell,
        };
        command.SetAction(result =>
        {
            // System.CommandLine answers "[suggest:<cursor>] <command line>" with the completions at the cursor.
            string script = result.GetValue(shell) == "zsh"
                ? """
                  #compdef briefing
                  _briefing() {
                    local -a completions
                    completions=("${(@f)$(briefing "[suggest:${#BUFFER}]" "$BUFFER" 2>/dev/null)}")
                    if (( ${#completions[@]} )) && [[ -n "${completions[1]}" ]]; then compadd -a completions; else _files; fi
                  }
                  compdef _briefing briefing

                  """
                : """
                  _briefing_complete() {
                    local IFS=$'\n'
                    COMPREPLY=($(briefing "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
                  }
                  complete -o default -o bashdefault -F _briefing_complete briefing

                  """;
            return WriteText(console, script.Replace("\r\n", "\n", StringComparison.Ordinal));
        });
        return command;
    }

    private static IReadOnlyList<Glob> Patterns(string[]? given) =>
        given is { Length: > 0 } ? [.. given.Select(Glob.Create)] : BatchSettings.DefaultPatterns;

    /// <summary>Writes a whole text to standard output; an error is one line and exit code 2.</summary>
    internal static int WriteText(ToolConsole console, string text)
    {
        try
        {
            console.Out.Write(Encoding.UTF8.GetBytes(text));
            console.Out.Flush();
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new OutputException($"standard output: {e.Message}", e);
        }
    }
}
