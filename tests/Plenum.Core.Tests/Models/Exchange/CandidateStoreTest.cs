using System.Runtime.CompilerServices;
using Plenum.Core.Models.Exchange;

namespace Plenum.Core.Tests.Models.Exchange;

public class CandidateStoreTest
{
    [Fact]
    public void CandidateState_IsOneCacheLine() => Assert.Equal(64, Unsafe.SizeOf<CandidateState>());

    [Fact]
    public void Store_EveryCandidateStartsOnALineAndKeepsWhatWasWritten()
    {
        var store = new CandidateStore();
        store.EnsureCapacity(1000);
        for (var k = 0; k < 1000; k++) store[k] = new CandidateState { I = k, J = -k, Gain = k + 0.5, Valid = k % 2 == 0 };

        for (var k = 0; k < 1000; k++)
        {
            Assert.Equal(0, store.AddressOf(k) % 64);
            if (k > 0) Assert.Equal(64, Unsafe.ByteOffset(ref store[k - 1], ref store[k]));
            Assert.Equal(k, store[k].I);
            Assert.Equal(-k, store[k].J);
            Assert.Equal(k + 0.5, store[k].Gain);
            Assert.Equal(k % 2 == 0, store[k].Valid);
        }
    }

    [Fact]
    public void GoneFlags_MarkedOnesOnlyAndClearedOnReset()
    {
        var gone = new GoneFlags();
        gone.Reset(200);
        gone.Mark(3);
        gone.MarkShared(64);
        gone.Mark(199);

        Assert.Equal([3, 64, 199], Enumerable.Range(0, 200).Where(gone.Contains));
        gone.Reset(200);
        Assert.DoesNotContain(Enumerable.Range(0, 200), gone.Contains);
    }
}
