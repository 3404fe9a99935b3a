using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

/// <summary>Double-precision loop versions of the contrastive maths, the oracle for the tensor code.</summary>
internal static class NaiveContrastive
{
    public static double[,] ToArray(Tensor matrix)
    {
        var rows = (int)matrix.shape[0];
        var columns = (int)matrix.shape[1];
        using var cpu = matrix.detach().to(float64).cpu();
        var flat = cpu.data<double>().ToArray();
        var result = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                result[r, c] = flat[(r * columns) + c];
            }
        }

        return result;
    }

    public static double[,] Logits(double[,] query, double[,] key, double[,] queue, double temperature)
    {
        int n = query.GetLength(0), d = query.GetLength(1), k = queue.GetLength(1);
        var logits = new double[n, 1 + k];
        for (var row = 0; row < n; row++)
        {
            for (var i = 0; i < d; i++)
            {
                logits[row, 0] += query[row, i] * key[row, i];
            }

            for (var j = 0; j < k; j++)
            {
                var dot = 0.0;
                for (var i = 0; i < d; i++)
                {
                    dot += query[row, i] * queue[i, j];
                }

                logits[row, 1 + j] = dot;
            }

            for (var j = 0; j <= k; j++)
            {
                logits[row, j] /= temperature;
            }
        }

        return logits;
    }

    public static double[] LogSoftmax(double[,] logits, int row)
    {
        var columns = logits.GetLength(1);
        var max = double.NegativeInfinity;
        for (var j = 0; j < columns; j++)
        {
            max = Math.Max(max, logits[row, j]);
        }

        var sum = 0.0;
        for (var j = 0; j < columns; j++)
        {
            sum += Math.Exp(logits[row, j] - max);
        }

        var result = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            result[j] = logits[row, j] - max - Math.Log(sum);
        }

        return result;
    }

    public static double InfoNce(double[,] logits)
    {
        var rows = logits.GetLength(0);
        var total = 0.0;
        for (var row = 0; row < rows; row++)
        {
            total -= LogSoftmax(logits, row)[0];
        }

        return total / rows;
    }

    public static double D3m(double[,] target, double[,] other)
    {
        var rows = target.GetLength(0);
        var total = 0.0;
        for (var row = 0; row < rows; row++)
        {
            var logP = LogSoftmax(target, row);
            var logOther = LogSoftmax(other, row);
            for (var j = 0; j < logP.Length; j++)
            {
                total -= Math.Exp(logP[j]) * logOther[j];
            }
        }

        return total / rows;
    }

    public static double MultiPositive(double[,] logits, double[,] mask)
    {
        var rows = logits.GetLength(0);
        var total = 0.0;
        for (var row = 0; row < rows; row++)
        {
            var log = LogSoftmax(logits, row);
            double numerator = 0, count = 0;
            for (var j = 0; j < log.Length; j++)
            {
                numerator += mask[row, j] * log[j];
                count += mask[row, j];
            }

            total -= numerator / count;
        }

        return total / rows;
    }

    /// <summary>Top-1 union mask built by scanning each row for its maximum.</summary>
    public static double[,] Top1Mask(params double[][,] negativeCosines)
    {
        int rows = negativeCosines[0].GetLength(0), k = negativeCosines[0].GetLength(1);
        var mask = new double[rows, 1 + k];
        for (var row = 0; row < rows; row++)
        {
            mask[row, 0] = 1;
            foreach (var cosines in negativeCosines)
            {
                var best = 0;
                for (var j = 1; j < k; j++)
                {
                    if (cosines[row, j] > cosines[row, best])
                    {
                        best = j;
                    }
                }

                mask[row, 1 + best] = 1;
            }
        }

        return mask;
    }
}
