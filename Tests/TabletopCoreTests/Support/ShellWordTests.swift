import Testing
@testable import TabletopCore

@Suite("Shell words")
struct ShellWordTests {
    @Test("Plain paths stay as they are", arguments: ["drills/a.json", "/tmp/x-1/s_2.jsonl", "a:b@c%d+e=f,g"])
    func plain(_ path: String) {
        #expect(ShellWord.quote(path) == path)
    }

    @Test("Anything a shell would read differently is single-quoted, and a quote inside survives",
          arguments: [("my drills/a.json", "'my drills/a.json'"), ("it's.json", #"'it'\''s.json'"#), ("a;rm -rf b", "'a;rm -rf b'"),
                      ("$HOME/x", "'$HOME/x'"), ("`id`", "'`id`'"), ("", "''"), ("*.json", "'*.json'"), ("ümlaut", "'ümlaut'"),
                      ("=cmd", "'=cmd'"), ("-rf.json", "./-rf.json"), ("-a b", "'./-a b'")])
    func quoted(_ path: String, _ expected: String) {
        #expect(ShellWord.quote(path) == expected)
    }

    @Test("A control character never reaches the printed command")
    func controlCharacters() {
        let quoted = ShellWord.quote("a\u{1B}[31mb")
        #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 })
    }
}
