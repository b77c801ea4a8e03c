using System.Text;
using Briefing.Parsing.Cli;

// Standard output is buffered (large batches write megabytes of JSON); it is flushed before exit.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
try
{
    return await BriefingCommand.RunAsync(args, Console.In, stdout, Console.Error, new ConsoleInfo()).ConfigureAwait(false);
}
finally
{
    await stdout.FlushAsync().ConfigureAwait(false);
}
