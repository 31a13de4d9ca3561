import Testing
@testable import TabletopCore

@Suite("Condition references")
struct ConditionReferenceTests {
    @Test func referencesAreCollectedAsSlotsAndIndices() throws {
        let symbols = ConditionTestSymbols()
        let condition = try #require(compiledCondition(
            "count > trust and visited('triage') and chose('triage/wait') or did('RA4601') and not did('X') and severity == 'high' or visited('triage')",
            symbols: symbols
        ))
        #expect(condition.variableSlots == [ConditionTestSlot.count, ConditionTestSlot.trust, ConditionTestSlot.severity])
        #expect(condition.sceneReferences == [1])
        #expect(condition.optionReferences == [3])
        #expect(condition.actionReferences == [0, 1])
        #expect(symbols.actions == ["RA4601", "X"])
    }

    @Test func elapsedAndLiteralsReferenceNothing() throws {
        let condition = try #require(compiledCondition("elapsed() > 90m and true or 1 < 2"))
        #expect(condition.variableSlots.isEmpty)
        #expect(condition.sceneReferences.isEmpty)
        #expect(condition.optionReferences.isEmpty)
        #expect(condition.actionReferences.isEmpty)
    }

    @Test func everyOptionAndSceneResolvesToItsIndex() throws {
        let symbols = ConditionTestSymbols()
        for (sceneIndex, scene) in symbols.scenes.enumerated() {
            let visited = try #require(compiledCondition("visited('\(scene.id)')", symbols: symbols))
            #expect(visited.sceneReferences == [sceneIndex])
            for option in scene.options {
                let chose = try #require(compiledCondition("chose('\(scene.id)/\(option)')", symbols: symbols))
                #expect(chose.optionReferences == [symbols.optionIndex(scene: scene.id, option: option)!])
            }
        }
    }

    @Test func enumVariablesAndBoolVariablesAreReads() throws {
        let condition = try #require(compiledCondition("level == severity or flag"))
        #expect(condition.variableSlots == [ConditionTestSlot.level, ConditionTestSlot.severity, ConditionTestSlot.flag])
    }
}
