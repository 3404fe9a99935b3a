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

    private string PathOf() => StorePaths.For(_root, SyntheticDataset.Name, Format.Name);

    [Fact]
    public void Ensure_RecordsTheGeneratorSettingsInTheFile()
    {
        var config = new SyntheticConfig { Samples = 35, Seed = 4 };

        SyntheticStore.Ensure(_root, config, [Format], frames: 20);

        var metadata = SkeletonStoreReader.Open(PathOf()).FileMetadata;
        Assert.Equal(SyntheticIdentity.GeneratorVersion, metadata[SyntheticIdentity.VersionKey]);
        Assert.Contains("\"Seed\":4", metadata[SyntheticIdentity.SettingsKey]);
        Assert.Contains("\"Samples\":35", metadata[SyntheticIdentity.SettingsKey]);
        Assert.StartsWith($"{SyntheticActions.Count} (", metadata[SyntheticIdentity.ClassesKey]);
        Assert.Null(SyntheticStore.Mismatch(PathOf(), config, Format, frames: 20));
    }

    [Fact]
    public void Ensure_SameCountOtherSeed_RebuildsAndSaysWhyNamingTheFileAndTheField()
    {
        SyntheticStore.Ensure(_root, new SyntheticConfig { Samples = 35, Seed = 1 }, [Format], frames: 20);
        var reasons = new List<string>();

        var written = SyntheticStore.Ensure(_root, new SyntheticConfig { Samples = 35, Seed = 2 }, [Format], frames: 20, rebuilding: reasons.Add);

        Assert.Equal([PathOf()], written);
        var reason = Assert.Single(reasons);
        Assert.Contains(PathOf(), reason);
        Assert.Contains("Seed: 1 in the file, 2 expected", reason);
        Assert.DoesNotContain("Samples", reason);
        Assert.Contains("\"Seed\":2", SkeletonStoreReader.Open(PathOf()).FileMetadata[SyntheticIdentity.SettingsKey]);
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
