import Testing

@testable import PerfectionBot

@Suite("Template")
struct TemplateTests {
  @Test func rendersSlotsAndFilters() throws {
    let template = try Template("{who|title} is played by {actor}. {{literal}}")
    #expect(template.slotNames == ["who", "actor"])
    #expect(
      template.render(["who": "lizzie", "actor": "Logan Browning"])
        == "Lizzie is played by Logan Browning. {literal}")
  }

  @Test func aMissingCaptureRendersEmpty() throws {
    #expect(try Template("[{x}]").render([:]) == "[]")
  }

  @Test func slotValuesAreCappedInLength() throws {
    let long = String(repeating: "x", count: 500)
    #expect(try Template("{x}").render(["x": long]).count == Template.maximumSlotLength)
  }

  @Test func errorsCarryTheirOffset() {
    #expect(throws: TemplateError.self) { try Template("ok {open") }
    do {
      _ = try Template("ok {bad name}")
      Issue.record("expected an error")
    } catch {
      #expect(error.offset == 3)
    }
  }
}
