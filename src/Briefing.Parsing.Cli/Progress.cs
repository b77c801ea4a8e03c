using System.Globalization;

namespace Briefing.Parsing.Cli;

/// <summary>Shows "[n/total] name" on stderr while a batch runs, when stderr is a terminal (at most ten updates a second).</summary>
internal sealed class Progress(TextWriter stderr, int total, bool enabled) : IDisposable
{
    private readonly bool _enabled = enabled && total > 1;
    private long _lastTicks;
    private int _done;
    private bool _dirty;

    public void Report(string name)
    {
        _done++;
        if (!_enabled) return;
        long now = Environment.TickCount64;
        if (_dirty && now - _lastTicks < 100 && _done < total) return;
        _lastTicks = now;
        string line = string.Create(CultureInfo.InvariantCulture, $"[{_done}/{total}] {name}");
        if (line.Length > 79) line = string.Concat(line.AsSpan(0, 76), "...");
        stderr.Write("\r" + line.PadRight(79));
        stderr.Flush();
        _dirty = true;
    }

    public void Clear()
    {
        if (!_dirty) return;
        stderr.Write("\r" + new string(' ', 79) + "\r");
        stderr.Flush();
        _dirty = false;
    }

    public void Dispose() => Clear();
}
