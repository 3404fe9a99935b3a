using MsClr.Kit.Data;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data.Clips;

/// <summary>Loading several formats' stores together: the forms they record (preprocessing, frames) must combine.</summary>
public sealed class ClipLoaderTests : IDisposable
{
    private const int Frames = 4;
    private readonly TempFolder _root = new("clip-loader");

    [Fact]
    public void Load_StoresPreprocessedToTheSameFrames_AlignsBothFormats()
    {
        Write(SkeletonFormats.NtuRgbD, StoreForm.Of(PreprocessingRecipe.For(SkeletonFormats.NtuRgbD, Frames), SkeletonFormats.NtuRgbD));
        Write(SkeletonFormats.SmplX42, StoreForm.Of(PreprocessingRecipe.For(SkeletonFormats.SmplX42, Frames), SkeletonFormats.SmplX42));

        using var clips = ClipLoader.Load(_root.Path, "ntu60", [SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42]);

        Assert.Equal(3, clips.Count);
    }

    [Fact]
    public void Load_OnePreprocessedStoreAndOneAsRecorded_IsRefusedNamingBothFiles()
    {
        Write(SkeletonFormats.NtuRgbD, StoreForm.AsRecorded);
        Write(SkeletonFormats.SmplX42, StoreForm.Of(PreprocessingRecipe.For(SkeletonFormats.SmplX42, Frames), SkeletonFormats.SmplX42));

        var error = Assert.Throws<InvalidDataException>(() => ClipLoader.Load(_root.Path, "ntu60", [SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42]));

        Assert.Contains(StorePaths.For(_root.Path, "ntu60", "ntu-rgb+d"), error.Message);
        Assert.Contains(StorePaths.For(_root.Path, "ntu60", "smplx_42"), error.Message);
        Assert.Contains("as recorded", error.Message);
        Assert.Contains($"preprocessed to {Frames} frames", error.Message);
    }

    [Fact]
    public void Load_StoresPreprocessedToOtherFrameCounts_IsRefused()
    {
        Write(SkeletonFormats.NtuRgbD, StoreForm.Of(PreprocessingRecipe.For(SkeletonFormats.NtuRgbD, Frames), SkeletonFormats.NtuRgbD));
        Write(SkeletonFormats.SmplX42, StoreForm.Of(PreprocessingRecipe.For(SkeletonFormats.SmplX42, 50), SkeletonFormats.SmplX42));

        Assert.Throws<InvalidDataException>(() => ClipLoader.Load(_root.Path, "ntu60", [SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42]));
    }

    [Fact]
    public void Open_WrittenForm_IsReadBackAndAFileWithoutOneRecordsNone()
    {
        var form = StoreForm.Of(PreprocessingRecipe.For(SkeletonFormats.NtuRgbD, Frames), SkeletonFormats.NtuRgbD);
        var recorded = Write(SkeletonFormats.NtuRgbD, form);
        var unrecorded = Write(SkeletonFormats.SmplX42, null);

        Assert.Equal(form, SkeletonStoreReader.Open(recorded).Form);
        Assert.Equal(
            $"valid length from SpineBase, centred on SpineShoulder, resized to {Frames} frames, rotated about y to align ShoulderLeft–ShoulderRight",
            form.Preprocessing);
        Assert.Null(SkeletonStoreReader.Open(unrecorded).Form);
    }

    public void Dispose() => _root.Dispose();

    private string Write(SkeletonFormat format, StoreForm? form)
    {
        var path = StorePaths.For(_root.Path, "ntu60", format.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var samples = Enumerable.Range(1, 3).Select(i => new SkeletonSample(
            $"S001C001P00{i}R001A001",
            Label: 0,
            new Dictionary<string, int> { ["setup"] = 1, ["camera"] = 1, ["subject"] = i, ["replication"] = 1 },
            Frames,
            Persons: 2,
            format.JointCount,
            Enumerable.Range(0, Frames * 2 * format.JointCount * 3).Select(k => (float)Math.Sin(k + i)).ToArray()));
        SkeletonStore.WriteAsync(path, "ntu60", format, samples, StoreSchema.NtuMetadataColumns, form).GetAwaiter().GetResult();
        return path;
    }
}
