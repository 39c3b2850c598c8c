using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Scenarios;

public class EvidenceDatingTest
{
    [Fact]
    public void LaterThanAsOf_FlagsEvidenceFromSourcesDatedAfterAsOf()
    {
        var text = """
            id: t
            title: T
            as_of: 2020-01-10
            sources:
              - { id: before, title: B, date: 2020-01-09 }
              - { id: after, title: A, date: 2020-01-11 }
            issues: [ { id: x } ]
            actors:
              - id: a
                capability: 1
                position: { x: 5 }
                evidence:
                  - { source: before, note: fine, supports: position.x }
                  - { source: after, note: hindsight, supports: capability }
            """;

        var flags = EvidenceDating.LaterThanAsOf(ScenarioLoader.Load("t.yaml", text).Scenario!);

        Assert.Equal(["t: actor 'a' capability cites source 'after' dated 2020-01-11, after as_of 2020-01-10"], flags);
    }
}
