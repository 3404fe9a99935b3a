using Microsoft.Data.Analysis;
using MsClr.Kit.Data;
using MsClr.Kit.Data.Store;

namespace MsClr.Kit.Tests.Data.Store;

public sealed class StoreSummaryTests : IDisposable
{
    private readonly StoreTestData _files = new();

    [Fact]
    public async Task PerClass_WithNames_CountsEachLabel()
    {
        var index = await WriteAndIndexAsync(labels: [2, 0, 2, 2, 1]);

        var frame = StoreSummary.PerClass(index, ["zero", "one", "two"]);

        Assert.Equal(["label", "class", "samples"], frame.Columns.Select(c => c.Name));
        Assert.Equal([0, 1, 2], Ints(frame, "label"));
        Assert.Equal(["zero", "one", "two"], frame.Columns["class"].Cast<string>());
        Assert.Equal([1, 1, 3], Ints(frame, "samples"));
        Assert.Throws<ArgumentException>(() => StoreSummary.PerClass(index, ["zero"]));
    }

    [Fact]
    public async Task PerSplit_CameraOneIsTest_CountsSamplesAndClasses()
    {
        var index = await WriteAndIndexAsync(labels: [2, 0, 2, 2, 1]);

        var frame = StoreSummary.PerSplit(index, m => m["camera"] == 1 ? "test" : "train");

        Assert.Equal(["test", "train"], frame.Columns["split"].Cast<string>());
        Assert.Equal([2, 3], Ints(frame, "samples"));
        Assert.Equal([2, 2], Ints(frame, "classes"));
    }

    [Fact]
    public async Task Frames_FiveClips_GivesNumpyLinearPercentiles()
    {
        var index = await WriteAndIndexAsync(labels: [0, 0, 0, 0, 0]);

        var frame = StoreSummary.Frames(index);

        // frames are 1, 2, 3, 4, 10 (see WriteAndIndexAsync)
        Assert.Equal(5, frame.Columns["samples"][0]);
        Assert.Equal(
            [1.0, 2.0, 3.0, 4.0, 10.0, 4.0],
            new[] { "min", "p25", "median", "p75", "max", "mean" }.Select(n => (double)frame.Columns[n][0]!));
        Assert.Equal(2.5, StoreSummary.Percentile([1, 2, 3, 4], 0.5));
    }

    [Fact]
    public async Task Persons_SecondPersonZeroInSome_CountsPresentSlots()
    {
        var index = await WriteAndIndexAsync(labels: [0, 1, 2, 3, 4]);

        var frame = StoreSummary.Persons(index);

        // person 2 is present in every third clip, nobody in the last (see WriteAndIndexAsync)
        Assert.Equal([0, 1, 2], Ints(frame, StoreSchema.PersonsPresent));
        Assert.Equal([1, 2, 2], Ints(frame, "samples"));
    }

    [Fact]
    public async Task ToDataFrame_Index_HasOneColumnPerField()
    {
        var index = await WriteAndIndexAsync(labels: [0, 1, 2, 3, 4]);

        var frame = StoreSummary.ToDataFrame(index);

        Assert.Equal(
            ["sample_id", "label", "setup", "camera", "subject", "replication", "frames", "persons", "joints", "persons_present"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal(5, frame.Rows.Count);
    }

    [Fact]
    public void ToText_MixedColumns_AlignsWithoutRunningValuesTogether()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("name", ["a", "longer name"]),
            new DoubleDataFrameColumn("value", [0.00969070431823785, 28.491810163796725]));

        var text = DataFrameFormatting.ToText(frame);

        Assert.Equal(
            "name             value\n" +
            "-----------  ---------\n" +
            "a            0.0096907\n" +
            "longer name    28.4918\n",
            text);
    }

    [Fact]
    public void ToHtml_TextAndNumbers_EncodesAndRightAlignsNumbers()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("class", ["a<b"]),
            new Int32DataFrameColumn("samples", [3]));

        var html = DataFrameFormatting.ToHtml(frame);

        Assert.Contains("<th>class</th><th>samples</th>", html);
        Assert.Contains("<td>a&lt;b</td><td style=\"text-align:right\">3</td>", html);
    }

    [Fact]
    public void ToText_MoreRowsThanShown_SaysHowManyAreLeftOut()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", Enumerable.Range(0, 5)));

        Assert.EndsWith("... 3 more rows\n", DataFrameFormatting.ToText(frame, maxRows: 2));
    }

    public void Dispose() => _files.Dispose();

    private static int[] Ints(DataFrame frame, string column) => frame.Columns[column].Cast<int>().ToArray();

    /// <summary>Five one-joint clips: frames 1, 2, 3, 4, 10; camera 1 for rows 0 and 1; person 2 present in rows 0 and 3; row 4 all zero.</summary>
    private async Task<StoreIndex> WriteAndIndexAsync(int[] labels)
    {
        var format = StoreTestData.Stick4;
        int[] frames = [1, 2, 3, 4, 10];
        var samples = labels.Select((label, i) =>
        {
            var sample = new SkeletonSample(
                $"S001C00{(i < 2 ? 1 : 2)}P001R001A00{i + 1}", label,
                new Dictionary<string, int> { ["setup"] = 1, ["camera"] = i < 2 ? 1 : 2, ["subject"] = 1, ["replication"] = 1 },
                frames[i], 2, format.JointCount, new float[frames[i] * 2 * format.JointCount * 3]);
            if (i < 4)
            {
                sample.Xyz[sample.Offset(frames[i] - 1, 0, 3, 2)] = 1f;
            }

            if (i % 3 == 0 && i < 4)
            {
                sample.Xyz[sample.Offset(0, 1, 0, 0)] = -0.5f;
            }

            return sample;
        });
        var path = _files.PathOf("summary.parquet");
        await SkeletonStore.WriteAsync(path, "ntu60", format, samples, StoreSchema.NtuMetadataColumns);
        return await (await SkeletonStoreReader.OpenAsync(path)).ReadIndexAsync();
    }
}
