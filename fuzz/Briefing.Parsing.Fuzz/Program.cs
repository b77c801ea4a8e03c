using Briefing.Parsing;
using Briefing.Parsing.Tests.Robustness;
using SharpFuzz;

// The AFL++ target. Under afl-fuzz (fuzz/run.sh) it runs in SharpFuzz's persistent mode: one process reads input after
// input, and an exception (a broken invariant is one, FuzzCheckException) is reported as a crash. With a file argument it
// checks that one input and prints what broke, for triage: dotnet Briefing.Parsing.Fuzz.dll findings/default/crashes/id:...
// The news format's known crash on mixed digits is fixed on its own branch; FUZZ_STRICT=1 reports it like any other.
FuzzChecks.ToleratesKnownNewsCrash = Environment.GetEnvironmentVariable("FUZZ_STRICT") != "1";
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
    if (FuzzChecks.KnownNewsCrashes > 0) Console.WriteLine($"known news-format crashes passed over: {FuzzChecks.KnownNewsCrashes} (FUZZ_STRICT=1 reports them)");
    return failed == 0 ? 0 : 1;
}

// Warm the parser before the fork server starts, so that every run measures parsing rather than start-up.
_ = BriefingParser.Default.Parse("Q: warm-up?\nA: Yes.");
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzChecks.CheckInput(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
