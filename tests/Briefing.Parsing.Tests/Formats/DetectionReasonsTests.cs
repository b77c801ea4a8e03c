namespace Briefing.Parsing.Tests.Formats;

/// <summary>
/// <see cref="DetectionReasons"/>: reasons joined by "; ", nothing built when they are not wanted, and one builder per
/// thread reused by the next detection, also after a detection that ends without a reason.
/// </summary>
public sealed class DetectionReasonsTests
{
    [Fact]
    public void Reasons_are_joined_and_counted_whether_or_not_they_are_built()
    {
        var shown = new DetectionReasons(include: true);
        shown.Add("title 'X'");
        shown.Add($"{3} labels");
        Assert.Equal(2, shown.Count);
        Assert.Equal("title 'X'; 3 labels", shown.ToString());

        var hidden = new DetectionReasons(include: false);
        hidden.Add("title 'X'");
        hidden.Add($"{3} labels");
        Assert.Equal(2, hidden.Count);
        Assert.Equal("", hidden.ToString());
    }

    [Fact]
    public void A_detection_without_a_reason_says_so_and_gives_its_builder_back() => RunOnOwnThread(() =>
    {
        var warm = new DetectionReasons(include: true);
        warm.Add("a reason long enough to make the builder grow past its first chunk of characters, and then some more words");
        _ = warm.ToString();

        var none = new DetectionReasons(include: true);
        Assert.Equal("no labels", none.ToString(whenNone: "no labels"));
        AssertTakesTheBuilderBack();

        var some = new DetectionReasons(include: true);
        some.Add("a reason");
        Assert.Equal("a reason", some.ToString(whenNone: "no labels"));
        AssertTakesTheBuilderBack();

        // The builder came back: the next detection takes it without allocating.
        static void AssertTakesTheBuilderBack()
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var next = new DetectionReasons(include: true);
            long after = GC.GetAllocatedBytesForCurrentThread();
            Assert.Equal(0, after - before);
            Assert.Equal("", next.ToString());
        }
    });

    private static void RunOnOwnThread(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = e; }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }
}
