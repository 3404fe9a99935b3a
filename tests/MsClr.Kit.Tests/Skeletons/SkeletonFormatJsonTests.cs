using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Skeletons;

public class SkeletonFormatJsonTests
{
    private const string Valid = """
        {
          "name": "stick_5",
          "joints": ["pelvis", "chest", "head", "lhand", "rhand"],
          "edges": [["chest", "pelvis"], ["head", "chest"], ["lhand", "chest"], [4, 1]],
          "center": "chest",
          "mirror_pairs": [["lhand", "rhand"]],
          "unit": "mm"
        }
        """;

    [Theory]
    [InlineData("ntu-rgb+d")]
    [InlineData("smpl_24")]
    [InlineData("smplx_42")]
    [InlineData("berkeley_mhad_43")]
    public void ToJson_BuiltIn_ParsesBackEqual(string name)
    {
        var format = SkeletonFormats.Get(name);
        Assert.Equal(format, SkeletonFormatJson.Parse(SkeletonFormatJson.ToJson(format)));
    }

    [Fact]
    public void Parse_NamesAndIndices_ResolvesEveryField()
    {
        var format = SkeletonFormatJson.Parse(Valid);

        Assert.Equal("stick_5", format.Name);
        Assert.Equal([new JointPair(1, 0), new JointPair(2, 1), new JointPair(3, 1), new JointPair(4, 1)], format.Edges);
        Assert.Equal(1, format.Center);
        Assert.Equal([0, 1, 2, 4, 3], format.FlipPermutation);
        Assert.Equal(LengthUnit.Millimetre, format.NativeUnit);
    }

    [Fact]
    public void SaveAndLoad_CustomFormat_RoundTripsThroughAFile()
    {
        using var directory = new TempFolder("format");
        var path = Path.Combine(directory.Path, "stick.json");
        var format = SkeletonFormatJson.Parse(Valid);

        SkeletonFormatJson.Save(format, path);

        Assert.Equal(format, SkeletonFormatJson.Load(path));
        Assert.Equal(["stick.json"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("\"edges\": [[\"chest\", \"pelvis\"]", "\"edges\": [[\"chest\", \"tail\"]", "edges[0][1]", "unknown joint 'tail'")]
    [InlineData("[\"pelvis\", \"chest\",", "[\"pelvis\", \"pelvis\",", "joints[1]", "duplicate joint name 'pelvis'")]
    [InlineData("\"center\": \"chest\"", "\"center\": \"neck\"", "center", "unknown joint 'neck'")]
    [InlineData("\"center\": \"chest\"", "\"center\": 9", "center", "out of range")]
    [InlineData("[\"lhand\", \"rhand\"]]", "[\"lhand\", \"rhand\"], [\"rhand\", \"head\"]]", "mirror_pairs[1]", "already appears in mirror_pairs[0]")]
    [InlineData("[\"lhand\", \"rhand\"]]", "[\"lhand\", \"lhand\"]]", "mirror_pairs[0]", "paired with itself")]
    [InlineData("[4, 1]", "[4, 0]", "mirror_pairs", "not symmetric: edges[2] (lhand, chest) mirrors to (rhand, chest)")]
    [InlineData("[\"lhand\", \"rhand\"]]", "[\"pelvis\", \"chest\"]]", "mirror_pairs", "centre joint 'chest' must map to itself")]
    [InlineData("[4, 1]", "[4, 12]", "edges[3][1]", "out of range")]
    [InlineData("[4, 1]", "[4, 4]", "edges[3]", "self-link")]
    [InlineData("[4, 1]", "[1, 2]", "edges[3]", "duplicate edge")]
    [InlineData("\"unit\": \"mm\"", "\"unit\": \"inch\"", "unit", "unknown unit 'inch'")]
    [InlineData("\"unit\": \"mm\"", "\"units\": \"mm\"", "units", "unknown field")]
    [InlineData("\"name\": \"stick_5\",", "", "name", "required field is missing")]
    [InlineData("\"name\": \"stick_5\",", "\"name\": 5,", "name", "expected a string")]
    [InlineData("[[\"chest\", \"pelvis\"],", "[[\"chest\"],", "edges[0]", "expected a pair")]
    public void Parse_BadDefinition_FailsNamingTheField(string find, string replace, string field, string message)
    {
        Assert.Contains(find, Valid);
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<SkeletonFormatException>(() => SkeletonFormatJson.Parse(json, "custom.json"));

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"custom.json: {field}: ", error.Message);
    }

    [Fact]
    public void Parse_InvalidJson_NamesTheLine()
    {
        var error = Assert.Throws<SkeletonFormatException>(() => SkeletonFormatJson.Parse("{\n\"name\": \"x\",\n\"joints\": [\n", "broken.json"));

        Assert.StartsWith("line ", error.Field);
        Assert.Contains("broken.json", error.Message);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SkeletonFormatJson.Load("/nonexistent/format.json"));
        Assert.Contains("/nonexistent/format.json", error.Message);
    }
}
