using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments;

public sealed class SyntheticStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-synthetic-store-").FullName;
    private static readonly SkeletonFormat Format = SkeletonFormats.NtuRgbD;

    public void Dispose() => Directory.Delete(_root, true);

    private static readonly SyntheticConfig Seed1 = new() { Samples = 35, Seed = 1 };

    private string PathOf(SyntheticConfig? config = null) => StorePaths.For(_root, SyntheticStore.Dataset(config ?? Seed1), Format.Name);

    [Fact]
    public void Ensure_RecordsTheGeneratorSettingsInTheFile()
    {
        var config = new SyntheticConfig { Samples = 35, Seed = 4 };

        SyntheticStore.Ensure(_root, config, [Format], frames: 20);

        var metadata = SkeletonStoreReader.Open(PathOf(config)).FileMetadata;
        Assert.Equal(SyntheticIdentity.GeneratorVersion, metadata[SyntheticIdentity.VersionKey]);
        Assert.Contains("\"Seed\":4", metadata[SyntheticIdentity.SettingsKey]);
        Assert.Contains("\"Samples\":35", metadata[SyntheticIdentity.SettingsKey]);
        Assert.StartsWith($"{SyntheticActions.Count} (", metadata[SyntheticIdentity.ClassesKey]);
        Assert.Null(SyntheticStore.Mismatch(PathOf(config), config, Format, frames: 20));
    }

    [Fact]
    public void Ensure_OtherSeedOrClipCount_WritesItsOwnFolderAndLeavesTheFirstFileAlone()
    {
        SyntheticStore.Ensure(_root, Seed1, [Format], frames: 20);
        var first = File.GetLastWriteTimeUtc(PathOf());
        var reasons = new List<string>();
        SyntheticConfig seed2 = new() { Samples = 35, Seed = 2 }, more = new() { Samples = 70, Seed = 1 };

        var written = SyntheticStore.Ensure(_root, seed2, [Format], frames: 20, rebuilding: reasons.Add)
            .Concat(SyntheticStore.Ensure(_root, more, [Format], frames: 20, rebuilding: reasons.Add)).ToArray();

        Assert.Equal([PathOf(seed2), PathOf(more)], written);
        Assert.Empty(reasons);
        Assert.Equal(first, File.GetLastWriteTimeUtc(PathOf()));
        Assert.Null(SyntheticStore.Mismatch(PathOf(), Seed1, Format, frames: 20));
        Assert.Equal(3, new[] { PathOf(), PathOf(seed2), PathOf(more) }.Select(Path.GetDirectoryName).Distinct().Count());
    }

    [Fact]
    public void Dataset_DefaultSettingsAreNamedByClipCount_OthersAlsoByTheirSettingsHash()
    {
        Assert.Equal("synthetic-490", SyntheticStore.Dataset(new SyntheticConfig { Samples = 490, Seed = 1 }));
        Assert.Equal("synthetic-490", SyntheticStore.Dataset(Budget.Quick.SyntheticData()));
        Assert.Matches("^synthetic-490-[0-9a-f]{8}$", SyntheticStore.Dataset(new SyntheticConfig { Samples = 490, Seed = 3 }));
        Assert.NotEqual(SyntheticStore.Dataset(new SyntheticConfig { Samples = 490, Seed = 3 }), SyntheticStore.Dataset(new SyntheticConfig { Samples = 490, Seed = 4 }));
        Assert.Equal(SyntheticStore.Dataset(Seed1), SyntheticStore.Dataset(new SyntheticConfig { Samples = 35, Seed = 1 }));
        Assert.Equal(SyntheticStore.Dataset(Budget.Quick.SyntheticData()), SyntheticStore.Dataset(Benchmark.SyntheticCrossSubject, Budget.Quick));
        Assert.Equal(Benchmark.Ntu60CrossSubject.Dataset, SyntheticStore.Dataset(Benchmark.Ntu60CrossSubject, Budget.Quick));
    }

    [Fact]
    public void Ensure_FileOfAnotherGeneratorVersionInTheSameFolder_IsRebuiltSayingWhy()
    {
        SyntheticStore.Ensure(_root, Seed1, [Format], frames: 20);
        // Another generator version is what a kit upgrade leaves in the same folder: simulated by another frame count,
        // which the file records as its form.
        var reasons = new List<string>();

        var written = SyntheticStore.Ensure(_root, Seed1, [Format], frames: 24, rebuilding: reasons.Add);

        Assert.Equal([PathOf()], written);
        Assert.Contains(PathOf(), Assert.Single(reasons));
    }

    [Fact]
    public void Ensure_SameSettings_ReusesTheFile()
    {
        var config = new SyntheticConfig { Samples = 35, Seed = 1 };
        SyntheticStore.Ensure(_root, config, [Format], frames: 20);
        var reasons = new List<string>();

        var written = SyntheticStore.Ensure(_root, config, [Format], frames: 20, rebuilding: reasons.Add);

        Assert.Empty(written);
        Assert.Empty(reasons);
    }

    [Fact]
    public async Task Mismatch_FileOfAnOlderKitWithoutSettings_IsRebuilt()
    {
        var config = new SyntheticConfig { Samples = 35, Seed = 1 };
        var recipe = PreprocessingRecipe.ForAny(Format, 20);
        await SkeletonStore.WriteAsync(PathOf(), SyntheticDataset.Name, Format, SyntheticDataset.Generate(config, Format).Select(recipe.Apply),
            [SyntheticDataset.SubjectKey, SyntheticDataset.ViewKey], StoreForm.Of(recipe, Format));

        var reason = SyntheticStore.Mismatch(PathOf(), config, Format, frames: 20);

        Assert.NotNull(reason);
        Assert.Contains("generator version: none in the file, " + SyntheticIdentity.GeneratorVersion + " expected", reason);
        Assert.Contains("settings: none in the file", reason);
    }

    [Fact]
    public void Differences_OtherGeneratorVersionAndClipCount_AreEachNamed()
    {
        var recorded = new Dictionary<string, string>(SyntheticIdentity.Metadata(new SyntheticConfig { Samples = 70, Seed = 1 }))
        {
            [SyntheticIdentity.VersionKey] = "0",
        };

        var differences = SyntheticIdentity.Differences(recorded, new SyntheticConfig { Samples = 35, Seed = 1 });

        Assert.Equal([$"generator version: 0 in the file, {SyntheticIdentity.GeneratorVersion} expected", "Samples: 70 in the file, 35 expected"], differences);
    }

    [Fact]
    public async Task WriteAsync_ExtraKeyThatIsASchemaKey_Throws()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => SkeletonStore.WriteAsync(PathOf(), "synthetic", Format, [], [SyntheticDataset.SubjectKey, SyntheticDataset.ViewKey],
            extraMetadata: new Dictionary<string, string> { [StoreSchema.FormatKey] = "x" }));

        Assert.Contains(StoreSchema.FormatKey, error.Message);
    }
}
