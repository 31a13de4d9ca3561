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

    @Test func aConditionReadInPlaceGivesItsInstructionsWithoutAReferenceCounted() throws {
        #expect(MemoryLayout<Condition?>.size == MemoryLayout<UnsafeRawPointer>.size, "an optional condition is one reference, null for none")
        let condition = try #require(compiledCondition("count > trust and visited('triage') or did('RA4601')", symbols: ConditionTestSymbols()))
        var copied: [ExpressionProgram.Instruction] = []
        condition.forEachInstruction { copied.append($0) }
        #expect(copied.count > 4)
        var stored: Condition? = condition
        var read: [ExpressionProgram.Instruction] = []
        withUnsafePointer(to: &stored) { address in
            #expect(!Condition.isAbsent(at: address))
            Condition.forEachInstruction(ofConditionAt: address) { read.append($0) }
        }
        #expect(read == copied)
        stored = nil
        withUnsafePointer(to: &stored) { address in
            #expect(Condition.isAbsent(at: address))
            Condition.forEachInstruction(ofConditionAt: address) { _ in Issue.record("no condition has no instructions") }
        }
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
