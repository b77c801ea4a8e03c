using Briefing.Parsing.Tests.Robustness;
using SharpFuzz;

// The AFL++ target. Under afl-fuzz (fuzz/run.sh) it runs in SharpFuzz's persistent mode: one process reads input after
// input, and an exception (a broken invariant is one, FuzzCheckException) is reported as a crash. With a file argument it
// checks that one input and prints what broke, for triage, with the uninstrumented copy run.sh keeps:
// dotnet fuzz/.work/plain/Briefing.Parsing.Fuzz.dll fuzz/.work/findings/default/crashes/id:...
if (args.Length > 0)
{
    int failed = 0;
    foreach (var path in args)
    {
        try
        {
            FuzzChecks.CheckInput(File.ReadAllBytes(path));
            Console.WriteLine($"ok: {path}");
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"FAILED: {path}: {e}");
        }
    }
    return failed == 0 ? 0 : 1;
}

// No warm-up here: instrumented code that runs before Fuzzer.Run has set up the coverage map crashes the process
// (an access violation, which afl-fuzz sees as the fork server dying). FUZZ_LOG=<file> appends what broke to the file
// (under afl-fuzz the target's own output is not shown).
string? log = Environment.GetEnvironmentVariable("FUZZ_LOG");
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    try
    {
        FuzzChecks.CheckInput(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
    catch (Exception e) when (log is not null)
    {
        File.AppendAllText(log, $"{DateTime.UtcNow:O} {e}{Environment.NewLine}");
        throw;
    }
});
return 0;
