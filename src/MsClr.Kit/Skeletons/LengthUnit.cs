namespace MsClr.Kit.Skeletons;

/// <summary>The length unit in which a source stores joint coordinates. The kit always stores metres.</summary>
public enum LengthUnit
{
    /// <summary>Metres (NTU Kinect v2 camera space).</summary>
    Metre,

    /// <summary>Millimetres (MeTRAbs and motion-capture output).</summary>
    Millimetre,
}

/// <summary>Conversions between <see cref="LengthUnit"/> values and their file spellings.</summary>
public static class LengthUnits
{
    /// <summary>The factor that converts a length in <paramref name="unit"/> to metres.</summary>
    public static float ToMetresFactor(this LengthUnit unit) => unit switch
    {
        LengthUnit.Metre => 1f,
        LengthUnit.Millimetre => 0.001f,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown length unit"),
    };

    /// <summary>The spelling used in JSON and Parquet files: <c>m</c> or <c>mm</c>.</summary>
    public static string Symbol(this LengthUnit unit) => unit switch
    {
        LengthUnit.Metre => "m",
        LengthUnit.Millimetre => "mm",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown length unit"),
    };

    /// <summary>Parses <c>m</c>/<c>metre</c>/<c>meter</c> or <c>mm</c>/<c>millimetre</c>/<c>millimeter</c>.</summary>
    /// <returns>false when the text names no known unit.</returns>
    public static bool TryParse(string? text, out LengthUnit unit)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "m" or "metre" or "meter" or "metres" or "meters":
                unit = LengthUnit.Metre;
                return true;
            case "mm" or "millimetre" or "millimeter" or "millimetres" or "millimeters":
                unit = LengthUnit.Millimetre;
                return true;
            default:
                unit = default;
                return false;
        }
    }
}
