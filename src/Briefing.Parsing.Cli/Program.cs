using Briefing.Parsing.Cli;

// Every output error is handled inside RunAsync (one line on stderr, exit code 2); nothing is flushed after it returns.
return await BriefingCommand.RunAsync(args, ToolConsole.System()).ConfigureAwait(false);
