// Snapshot testing with Verify's file conventions (https://github.com/VerifyTests/Verify), without the package,
// which cannot be restored here. Switching to Verify.Xunit later means replacing `Snapshot.VerifyJson(json)` with
// `Verify(json, extension: "json")` (the `name` argument becomes `.UseTextForParameters(name)`); the files stay.
//
// Convention
//   - A snapshot lives beside the test source file that takes it:
//       <Class>.<Method>.verified.json          e.g. Formats/DetectionMatrixTests.Matrix.verified.json
//       <Class>.<Method>_<name>.verified.json   theory cases, e.g. Formats/MfaTranscript/MfaTranscriptTests.Fixture_mfa-en-qa-2015.verified.json
//     <Class> is the calling file's name, as Verify names the type; <Method> is the calling member.
//   - The verified file is committed; line ends are compared as \n, and files are written as UTF-8 with \n.
//   - On a mismatch, or when no verified file exists yet, the test writes <...>.received.json beside it (git-ignored)
//     and fails with the first differing line. A matching run deletes a stale .received.json.
//
// Accepting changes
//   Review the .received.json files (diff them against the .verified.json ones), then either rename them to
//   .verified.json, or rerun with the environment variable BRIEFING_ACCEPT_SNAPSHOTS=1:
//       BRIEFING_ACCEPT_SNAPSHOTS=1 dotnet test tests/Briefing.Parsing.Tests -c Release
//   which writes every verified file and passes. Run once more without it to prove that they pass.
//   With Verify itself the equivalents are `VerifierSettings.AutoVerify()` (accept on mismatch) and the environment
//   variable DiffEngine_Disabled=true (do not open a diff tool, e.g. on CI).

using System.Runtime.CompilerServices;
using System.Text;

namespace Briefing.Parsing.Tests;

/// <summary>Compares a test's output with a committed <c>.verified.json</c> file, Verify-style (see the comment above).</summary>
internal static class Snapshot
{
    /// <summary>The environment variable that accepts every received snapshot (<c>1</c> or <c>true</c>).</summary>
    public const string AcceptVariable = "BRIEFING_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether this run accepts received snapshots (<see cref="AcceptVariable"/> is <c>1</c> or <c>true</c>).</summary>
    public static bool AcceptMode =>
        Environment.GetEnvironmentVariable(AcceptVariable) is { } value
        && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Verifies <paramref name="json"/> against <c>&lt;Class&gt;.&lt;Method&gt;[_&lt;name&gt;].verified.json</c> beside the calling source file.
    /// </summary>
    /// <param name="json">The output to verify.</param>
    /// <param name="name">A suffix for theory cases (Verify's <c>UseParameters</c>/<c>UseTextForParameters</c>), or <see langword="null"/>.</param>
    /// <param name="sourceFile">Filled by the compiler: the calling test's source file.</param>
    /// <param name="method">Filled by the compiler: the calling test method.</param>
    public static async Task VerifyJson(string json, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(method);

        var source = TestFiles.ResolveSourceFile(sourceFile);
        var directory = Path.GetDirectoryName(source)!;
        var snapshotName = $"{Path.GetFileNameWithoutExtension(source)}.{method}";
        if (name is not null) snapshotName += "_" + Sanitize(name);
        var verifiedPath = Path.Combine(directory, snapshotName + ".verified.json");
        var receivedPath = Path.Combine(directory, snapshotName + ".received.json");

        var received = Normalize(json);
        string? verified = File.Exists(verifiedPath) ? Normalize(await File.ReadAllTextAsync(verifiedPath)) : null;

        if (string.Equals(received, verified, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }
        if (AcceptMode)
        {
            await File.WriteAllTextAsync(verifiedPath, received, s_utf8);
            File.Delete(receivedPath);
            return;
        }

        await File.WriteAllTextAsync(receivedPath, received, s_utf8);
        Assert.Fail(Describe(snapshotName, verifiedPath, receivedPath, verified, received));
    }

    private static string Describe(string snapshotName, string verifiedPath, string receivedPath, string? verified, string received)
    {
        var message = new StringBuilder();
        if (verified is null)
        {
            message.Append("Snapshot '").Append(snapshotName).AppendLine("' has no verified file yet.");
            message.Append("  received: ").AppendLine(receivedPath);
        }
        else
        {
            message.Append("Snapshot '").Append(snapshotName).AppendLine("' does not match.");
            message.Append("  verified: ").AppendLine(verifiedPath);
            message.Append("  received: ").AppendLine(receivedPath);
            var expectedLines = verified.Split('\n');
            var actualLines = received.Split('\n');
            int line = 0;
            while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
            message.Append("First difference at line ").Append(line + 1).AppendLine(":");
            message.Append("  verified: ").AppendLine(line < expectedLines.Length ? expectedLines[line] : "<end of file>");
            message.Append("  received: ").AppendLine(line < actualLines.Length ? actualLines[line] : "<end of file>");
            // A difference on one line (a source path) often hides the rest: name the next differing lines too.
            var more = new List<int>();
            for (int i = line + 1; i < Math.Min(expectedLines.Length, actualLines.Length) && more.Count < 5; i++)
            {
                if (expectedLines[i] != actualLines[i]) more.Add(i + 1);
            }
            if (more.Count > 0) message.Append("Lines that differ after it (line by line): ").AppendJoin(", ", more).AppendLine(expectedLines.Length != actualLines.Length ? $", … ({expectedLines.Length} vs {actualLines.Length} lines)" : "");
        }
        message.Append("To accept: review the received file, then rename it to .verified.json, or rerun with ")
            .Append(AcceptVariable).Append("=1 (e.g. ").Append(AcceptVariable)
            .Append("=1 dotnet test tests/Briefing.Parsing.Tests -c Release) and run again without it.");
        return message.ToString();
    }

    /// <summary>Line ends as \n and exactly one final line end, so that the comparison ignores how git checked the file out.</summary>
    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n') + "\n";

    /// <summary>Replaces characters that are not safe in file names on every platform, as Verify does.</summary>
    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (Array.IndexOf(invalid, chars[i]) >= 0 || chars[i] is ':' or '*' or '?' or '"' or '<' or '>' or '|' or '/' or '\\') chars[i] = '_';
        }
        return new string(chars);
    }
}
