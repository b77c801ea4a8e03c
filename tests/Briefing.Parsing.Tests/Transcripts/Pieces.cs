namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// Builds a text and its pieces for the acceptance and assembly tables from a short script, one turn per item:
/// <c>"CCTV@q,known,outlet=CCTV|Could you share more?"</c> (label, then role <c>q</c>/<c>f</c>/<c>a</c>, evidence
/// <c>known</c>/<c>shape</c>, and <c>anon</c>, <c>outlet=…</c>, <c>speaker=…</c>), <c>"|text"</c> for a paragraph without
/// a label, <c>"BREAK"</c> for chrome between paragraphs. Paragraphs are separated by blank lines.
/// </summary>
internal static class Pieces
{
    public static (string Text, List<Piece?> Pieces) Build(params string[] script)
    {
        var text = new System.Text.StringBuilder();
        var pieces = new List<Piece?>();
        foreach (var item in script)
        {
            if (text.Length > 0) text.Append("\n\n");
            if (item == "BREAK")
            {
                text.Append("Advertisement");
                pieces.Add(null);
                continue;
            }
            int bar = item.IndexOf('|', StringComparison.Ordinal);
            string head = item[..bar], content = item[(bar + 1)..];
            if (head.Length == 0)
            {
                int s = text.Length;
                text.Append(content);
                pieces.Add(new Piece(s, text.Length, null));
                continue;
            }
            var parts = head.Split('@');
            string label = parts[0];
            var flags = parts[1].Split(',');
            int labelStart = text.Length;
            text.Append(label).Append(": ");
            int start = text.Length;
            text.Append(content);
            var role = flags[0] switch { "q" => TurnRole.Question, "f" => TurnRole.FollowUp, _ => TurnRole.Answer };
            var evidence = flags.Contains("known") ? LabelEvidence.Known : LabelEvidence.Shape;
            var turn = new TurnLabel(new TextSpan(labelStart, label.Length), start, role, evidence) { Anonymous = flags.Contains("anon") };
            foreach (var f in flags)
            {
                if (f.StartsWith("outlet=", StringComparison.Ordinal)) turn = turn with { Outlet = new Outlet(f[7..]) };
                if (f.StartsWith("speaker=", StringComparison.Ordinal)) turn = turn with { Speaker = new Speaker(f[8..]) };
            }
            pieces.Add(new Piece(start, text.Length, turn));
        }
        return (text.ToString(), pieces);
    }
}
