using Plenum.Core.Imports;
using Plenum.Core.Models;
using Plenum.Core.Models.Smp;

namespace Plenum.Core.Tests.Models.Smp;

public partial class SmpModelTest
{
    /// <summary>
    /// KTAB's smpExample.xml as the 2017 run read it: the shipped file's empty first coordinate restored to 52.8.
    /// </summary>
    internal static string SmpExampleXml() =>
        SmpFixtures.Read("smpExample.xml").Replace("<dCoord></dCoord>", "<dCoord>52.8</dCoord>");

    /// <summary>
    /// The 2017 reference run of smpExample.xml used the file's own parameters (MarkovIncentive, PropCbc,
    /// Stochastic) and its accommodation matrix. Its stochastic draws came from KTAB's shared Mersenne
    /// Twister in thread order, so the test replays the bargain each actor took, as logged, and checks
    /// everything else: each queue's contents, every position, the risk attitudes, the targets and the
    /// "prob :" history.
    /// </summary>
    [Fact]
    public void Run_SmpExampleXml_ReplayingLoggedChoices_MatchesKtabReferenceLogEveryTurn()
    {
        var log = KtabReferenceLog.Load("ktab-smpExample.json");
        var xml = SmpExampleXml();
        var import = KtabXmlImporter.Read("smpExample.xml", xml);
        Assert.Empty(import.Problems);
        var options = SmpOptions.From(new ModelOptions(KtabXmlImporter.ReadOptions(xml)));
        Assert.Equal(SmpCondorcetModel.MarkovIncentive, options.CondorcetModel);
        Assert.Equal(SmpVotingRule.PropCbc, options.VotingRule);
        Assert.Equal(SmpStateTransition.Stochastic, options.Transition);

        var seen = new System.Collections.Concurrent.ConcurrentDictionary<(int, int), Dictionary<(int, int), double>>();
        int Replay(int turn, int actor, IReadOnlyList<SmpBargain> queue, double[] p)
        {
            seen[(turn, actor)] = queue.Select((b, i) => (b, i)).ToDictionary(x => (x.b.Initiator, x.b.Receiver), x => p[x.i]);
            var logged = log.Turns[turn].Chosen.Single(c => c.Actor == actor);
            var ours = queue.Select(b => (b.Initiator, b.Receiver)).OrderBy(x => x).ToList();
            var theirs = logged.Queue.Select(q => (q[0], q[1])).OrderBy(x => x).ToList();
            Assert.Equal(theirs, ours);
            return queue.ToList().FindIndex(b => b.Initiator == logged.Initiator && b.Receiver == logged.Receiver);
        }

        var run = SmpModel.Simulate(import.Scenario!, options, chooser: Replay);

        Assert.Equal(log.States, run.States.Count);
        Assert.True(run.Converged);
        AssertPositions(log, run);
        AssertRiskAttitudes(log, run);
        AssertTargets(log, run);
        AssertProbabilities(log, run);

        // KTAB's own generator, seeded from the file, drawing once per actor in the logged order of resolution
        // over the logged queue order, picks exactly the logged bargains from Plenum's queue probabilities.
        var twister = new KtabMersenneTwister(3507583219545544127UL);
        foreach (var turn in log.Turns)
            foreach (var c in turn.Chosen)
            {
                var p = seen[(turn.Turn, c.Actor)];
                var pick = twister.Select(c.Queue.Select(q => p[(q[0], q[1])]).ToList());
                Assert.True(c.Index == pick, $"turn {turn.Turn}, actor {c.Actor}: KTAB took {c.Index}, the twister gives {pick} from "
                    + string.Join(" ", c.Queue.Select(q => $"{q[0]}:{q[1]}={p[(q[0], q[1])]:F4}")));
            }
    }
}
